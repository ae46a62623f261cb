package com.redress.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.redress.contract.Topics;
import com.redress.events.fixtures.SampleEvents;
import com.redress.events.intake.ChannelSubmission;
import com.redress.platform.deadletter.sample.DeadLetterSampleApplication;
import com.redress.platform.deadletter.sample.SubmissionListener;
import com.redress.platform.registry.SchemaRegistryClientConfig;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.SchemaRegistryServer;
import com.redress.testkit.WithLocalKafkaStack;
import com.redress.testkit.fault.OutageProxy;

/**
 * A listener whose schema registry is down (the real registry behind a proxy that refuses every connection) waits
 * with its records instead of dead-lettering them, and handles them once the registry is back; a record whose schema id
 * the registry does not know is still a dead letter.
 */
@SpringBootTest(classes = DeadLetterSampleApplication.class, properties = {
        "spring.application.name=deadletter-sample",
        "redress.topics.consumes=" + Topics.COMPLAINTS_SUBMITTED,
        "sample.listener.group=registry-outage-sample",
        "spring.kafka.consumer.auto-offset-reset=earliest",
        "spring.kafka.consumer.key-deserializer=org.apache.kafka.common.serialization.StringDeserializer",
        "spring.kafka.consumer.value-deserializer="
                + "org.springframework.kafka.support.serializer.ErrorHandlingDeserializer",
        "spring.kafka.consumer.properties.spring.deserializer.value.delegate.class="
                + "com.redress.platform.serde.AvroDeserializer",
        "spring.kafka.consumer.properties.specific.avro.reader=true",
        "spring.kafka.consumer.properties." + SchemaRegistryClientConfig.RETRIES + "=0",
        "spring.kafka.consumer.properties." + SchemaRegistryClientConfig.CONNECT_TIMEOUT_MS + "=500",
        "spring.kafka.consumer.properties." + SchemaRegistryClientConfig.REQUEST_TIMEOUT_MS + "=1000",
        "spring.kafka.properties.auto.register.schemas=false"})
@WithLocalKafkaStack
@DirtiesContext
class ListenerRegistryOutageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final int UNKNOWN_SCHEMA_ID = 999_998;

    /** Down from before the listener starts, so it has no schema cached. */
    private static final OutageProxy REGISTRY = OutageProxy.to("schema-registry",
            LocalKafkaStack.shared().schemaRegistry().port());

    @Autowired
    private SubmissionListener listener;

    private final ChannelSystemRecords records;

    ListenerRegistryOutageIT(LocalKafkaStack stack) {
        this.records = new ChannelSystemRecords(stack);
    }

    @DynamicPropertySource
    static void readSchemasThroughTheProxy(DynamicPropertyRegistry properties) {
        properties.add("spring.kafka.consumer.properties." + SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL,
                () -> SchemaRegistryServer.urlAt(REGISTRY.port()));
    }

    @BeforeAll
    static void cutTheRegistryOff(LocalKafkaStack stack) {
        stack.createTopics(Topics.COMPLAINTS_SUBMITTED);
        REGISTRY.refuse();
    }

    /** Leaves the topic as the other listener tests expect it, with nothing for a new consumer group to read. */
    @AfterAll
    static void closeProxyAndDeleteTheRecordsSent(LocalKafkaStack stack) throws Exception {
        REGISTRY.close();
        try (Admin admin = Admin.create(stack.clientProperties())) {
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            admin.describeTopics(List.of(Topics.COMPLAINTS_SUBMITTED)).allTopicNames().get()
                    .get(Topics.COMPLAINTS_SUBMITTED).partitions().forEach(partition -> ends.put(
                            new TopicPartition(Topics.COMPLAINTS_SUBMITTED, partition.partition()), OffsetSpec.latest()));
            Map<TopicPartition, RecordsToDelete> deletions = new HashMap<>();
            admin.listOffsets(ends).all().get().forEach((partition, end) ->
                    deletions.put(partition, RecordsToDelete.beforeOffset(end.offset())));
            admin.deleteRecords(deletions).all().get();
        }
    }

    @Test
    void shouldWaitOutARegistryOutageAndStillDeadLetterAnUnknownSchemaId() throws Exception {
        String run = Long.toString(System.nanoTime());
        ChannelSubmission submission = SampleEvents.channelSubmission("wx-" + run + "-outage");
        byte[] unknownSchemaId = ChannelSystemRecords.withUnknownSchemaId(UNKNOWN_SCHEMA_ID);
        // one key, one partition: the unknown schema id comes after the readable record
        String key = "wechat:" + run;
        try (KafkaProducer<String, byte[]> producer = records.rawProducer()) {
            producer.send(new ProducerRecord<>(Topics.COMPLAINTS_SUBMITTED, key, records.avro(submission))).get();
            producer.send(new ProducerRecord<>(Topics.COMPLAINTS_SUBMITTED, key, unknownSchemaId)).get();
        }

        // While the registry is down, the listener tries and waits: nothing handled, nothing dead-lettered
        await().atMost(PATIENCE).until(() -> REGISTRY.refusedConnections() > 0);
        Thread.sleep(OUTAGE.toMillis());
        assertThat(listener.handled()).doesNotContain(submission);
        assertThat(deadLetters(key, Duration.ofSeconds(2))).isEmpty();

        // Once it is back, the record is handled, and only the unknown schema id becomes a dead letter
        REGISTRY.restore();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(listener.handled()).contains(submission));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters(key, Duration.ofSeconds(1)))
                .singleElement().satisfies(deadLetter -> {
                    assertThat(deadLetter.value()).isEqualTo(unknownSchemaId);
                    assertThat(new String(deadLetter.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE)
                            .value(), StandardCharsets.UTF_8)).contains("Schema id " + UNKNOWN_SCHEMA_ID + " not found");
                }));
    }

    private List<ConsumerRecord<byte[], byte[]>> deadLetters(String key, Duration pollFor) {
        try (KafkaConsumer<byte[], byte[]> consumer = records.deadLetterReader()) {
            List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
            long until = System.nanoTime() + pollFor.toNanos();
            while (System.nanoTime() < until) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        found.add(record);
                    }
                }
            }
            return found;
        }
    }
}
