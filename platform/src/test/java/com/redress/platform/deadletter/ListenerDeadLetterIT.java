package com.redress.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.serializer.DeserializationException;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;
import com.redress.events.fixtures.SampleEvents;
import com.redress.events.intake.ChannelSubmission;
import com.redress.platform.deadletter.sample.DeadLetterSampleApplication;
import com.redress.platform.deadletter.sample.SubmissionListener;
import com.redress.platform.metrics.MetricNames;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.WithLocalKafkaStack;

/**
 * A service's {@code @KafkaListener}, configured only through {@code spring.kafka.*} and {@code redress.*} properties,
 * on the real broker and registry: unreadable and unhandleable records become dead letters and the listener goes on.
 */
@SpringBootTest(classes = DeadLetterSampleApplication.class, properties = {
        "spring.application.name=" + ListenerDeadLetterIT.SERVICE,
        "redress.instance-id=" + ListenerDeadLetterIT.INSTANCE,
        "redress.dead-letter.retries=2",
        "redress.dead-letter.initial-interval=20ms",
        "redress.dead-letter.max-interval=50ms",
        "spring.kafka.consumer.auto-offset-reset=earliest",
        "spring.kafka.consumer.key-deserializer=org.apache.kafka.common.serialization.StringDeserializer",
        "spring.kafka.consumer.value-deserializer="
                + "org.springframework.kafka.support.serializer.ErrorHandlingDeserializer",
        "spring.kafka.consumer.properties.spring.deserializer.value.delegate.class="
                + "com.redress.platform.serde.AvroDeserializer",
        "spring.kafka.consumer.properties.specific.avro.reader=true",
        "spring.kafka.properties.auto.register.schemas=false"})
@WithLocalKafkaStack
class ListenerDeadLetterIT {

    static final String SERVICE = "deadletter-sample";
    static final String INSTANCE = "deadletter-sample-1";

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int SOURCE_PARTITION = 0;
    private static final int UNKNOWN_SCHEMA_ID = 999_999;

    @Autowired
    private SubmissionListener listener;
    @Autowired
    private MeterRegistry meterRegistry;
    @Autowired
    private HealthContributorRegistry health;

    private final LocalKafkaStack stack;
    private final ChannelSystemRecords records;

    ListenerDeadLetterIT(LocalKafkaStack stack) {
        this.stack = stack;
        this.records = new ChannelSystemRecords(stack);
    }

    @BeforeAll
    static void createTheSourceTopicAsItsProducerWould(LocalKafkaStack stack) {
        stack.createTopics(Topics.COMPLAINTS_SUBMITTED);
    }

    @Test
    void shouldDeadLetterUnreadableAndUnhandleableRecordsAndKeepConsuming() throws Exception {
        // Given: one partition, so the listener meets the records in this order
        String run = Long.toString(System.nanoTime());
        ChannelSubmission first = SampleEvents.channelSubmission("wx-" + run + "-1");
        ChannelSubmission unhandleable = SampleEvents.channelSubmission(SubmissionListener.UNHANDLEABLE_PREFIX + run);
        ChannelSubmission last = SampleEvents.channelSubmission("wx-" + run + "-2");
        byte[] wrongMagicByte = "{\"channel\":\"wechat\",\"text\":\"重复扣款\"}".getBytes(StandardCharsets.UTF_8);
        byte[] unknownSchemaId = ChannelSystemRecords.withUnknownSchemaId(UNKNOWN_SCHEMA_ID);
        byte[] unhandleableBytes = records.avro(unhandleable);
        byte[] trailingBytes = withTrailingBytes(
                records.avro(SampleEvents.channelSubmission("wx-" + run + "-trailing")));
        // not the wire format, and so close to the producer's 1 MiB limit that no dead letter with headers fits
        byte[] nearLimit = new byte[1_047_000];
        Arrays.fill(nearLimit, (byte) '{');
        Headers forged = new RecordHeaders();
        forged.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, "forged reason".getBytes(StandardCharsets.UTF_8));
        forged.add("KAFKA_DLT-ORIGINAL-OFFSET", "forged offset".getBytes(StandardCharsets.UTF_8));
        forged.add(DeadLetterReasons.HEADER, "forged_code".getBytes(StandardCharsets.UTF_8));
        forged.add("Redress_Rejection-Reasons", "forged_code".getBytes(StandardCharsets.UTF_8));
        double deadLettersBefore = deadLetterCount();

        // When
        Map<String, RecordMetadata> sent = new HashMap<>();
        try (KafkaProducer<String, byte[]> producer = records.rawProducer()) {
            send(producer, "wechat:" + run + ":first", records.avro(first), sent);
            send(producer, "wechat:" + run + ":wrong-magic", wrongMagicByte, sent);
            send(producer, "wechat:" + run + ":unknown-schema", unknownSchemaId, sent);
            send(producer, "wechat:" + run + ":unhandleable", unhandleableBytes, sent);
            send(producer, "wechat:" + run + ":forged", wrongMagicByte, forged, sent);
            send(producer, "wechat:" + run + ":trailing", trailingBytes, sent);
            send(producer, "wechat:" + run + ":near-limit", nearLimit, sent);
            send(producer, "wechat:" + run + ":last", records.avro(last), sent);
        }

        // Then: the listener went on past every bad record
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(listener.handled()).contains(first, last));
        assertThat(listener.handled()).containsSubsequence(first, last).doesNotContain(unhandleable);
        Map<String, ConsumerRecord<byte[], byte[]>> deadLetters = deadLettersByKey(run, 6);

        ConsumerRecord<byte[], byte[]> magic = deadLetters.get("wechat:" + run + ":wrong-magic");
        assertThat(magic.value()).isEqualTo(wrongMagicByte);
        assertThat(text(magic.headers(), KafkaHeaders.DLT_EXCEPTION_FQCN))
                .isEqualTo(DeserializationException.class.getName());
        assertThat(text(magic.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("Unknown magic byte 0x7b", Topics.COMPLAINTS_SUBMITTED);
        assertOrigin(magic, sent.get("wechat:" + run + ":wrong-magic"));

        ConsumerRecord<byte[], byte[]> unknown = deadLetters.get("wechat:" + run + ":unknown-schema");
        assertThat(unknown.value()).isEqualTo(unknownSchemaId);
        assertThat(text(unknown.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("Schema id " + UNKNOWN_SCHEMA_ID + " not found");
        assertOrigin(unknown, sent.get("wechat:" + run + ":unknown-schema"));

        // A record that was read goes back out re-encoded under the source subject's schema id (map entries may
        // come out in another order, so the bytes may differ)
        ConsumerRecord<byte[], byte[]> failed = deadLetters.get("wechat:" + run + ":unhandleable");
        assertThat(Arrays.copyOf(failed.value(), 5)).isEqualTo(Arrays.copyOf(unhandleableBytes, 5));
        assertThat(readAvro(failed.value())).isEqualTo(unhandleable);
        assertThat(text(failed.headers(), KafkaHeaders.DLT_EXCEPTION_FQCN))
                .isEqualTo(IllegalStateException.class.getName());
        assertThat(text(failed.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .isEqualTo("No branch handles unit HZ-BR-0571");
        assertThat(text(failed.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))
                .isEqualTo(SubmissionListener.LISTENER_ID);
        assertOrigin(failed, sent.get("wechat:" + run + ":unhandleable"));
        assertThat(listener.failedAttempts()).as("first attempt and two retries").isEqualTo(3);

        // The producer's own headers in the dead-letter namespaces are gone; only the real ones are there
        ConsumerRecord<byte[], byte[]> forgedHeaders = deadLetters.get("wechat:" + run + ":forged");
        assertThat(forgedHeaders.headers().toArray()).extracting(header -> new String(header.value(),
                StandardCharsets.UTF_8)).noneMatch(value -> value.startsWith("forged"));
        assertThat(text(forgedHeaders.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("Unknown magic byte");
        assertThat(forgedHeaders.headers().lastHeader(DeadLetterReasons.HEADER)).isNull();
        assertOrigin(forgedHeaders, sent.get("wechat:" + run + ":forged"));

        // A record with bytes after its datum is unreadable, with the serde's reason code
        ConsumerRecord<byte[], byte[]> trailing = deadLetters.get("wechat:" + run + ":trailing");
        assertThat(trailing.value()).isEqualTo(trailingBytes);
        assertThat(text(trailing.headers(), DeadLetterReasons.HEADER)).isEqualTo("trailing_bytes");
        assertThat(text(trailing.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("3 bytes after the Avro datum");

        // A dead letter that would not fit the broker keeps the start of the value and says how long it was
        ConsumerRecord<byte[], byte[]> cut = deadLetters.get("wechat:" + run + ":near-limit");
        assertThat(cut.value().length).isLessThan(nearLimit.length).isGreaterThan(1_000_000);
        assertThat(cut.value()).isEqualTo(Arrays.copyOf(nearLimit, cut.value().length));
        assertThat(text(cut.headers(), DeadLetterRecords.VALUE_TRUNCATED_HEADER)).isEqualTo("1047000");
        assertThat(text(cut.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("Unknown magic byte 0x7b");
        assertOrigin(cut, sent.get("wechat:" + run + ":near-limit"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetterCount()).isEqualTo(deadLettersBefore + 6));
        assertThat(deadLetterCounters()).allSatisfy(counter -> {
            assertThat(counter.getId().getTag(MetricNames.TAG_SERVICE)).isEqualTo(SERVICE);
            assertThat(counter.getId().getTag(MetricNames.TAG_INSTANCE)).isEqualTo(INSTANCE);
        }).extracting(counter -> counter.getId().getTag(MetricNames.TAG_EXCEPTION))
                .contains(DeserializationException.class.getSimpleName(), IllegalStateException.class.getSimpleName());
    }

    @Test
    void shouldCutADeadLetterOnceMoreWhenTheDeadLetterTopicRefusesItAsTooLarge() throws Exception {
        // Given a dead-letter topic that takes less than the producer's limit
        String run = Long.toString(System.nanoTime());
        byte[] junk = new byte[300_000];
        Arrays.fill(junk, (byte) '{');
        ChannelSubmission after = SampleEvents.channelSubmission("wx-" + run + "-after");
        ConfigResource deadLetterTopic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.COMPLAINTS_SUBMITTED_DLT);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            setMaxMessageBytes(admin, deadLetterTopic, "200000");
            try {
                // When an unreadable record of 300 kB arrives, then a good one
                Map<String, RecordMetadata> sent = new HashMap<>();
                try (KafkaProducer<String, byte[]> producer = records.rawProducer()) {
                    send(producer, "wechat:" + run + ":too-large-for-dlt", junk, sent);
                    send(producer, "wechat:" + run + ":after", records.avro(after), sent);
                }

                // Then the listener goes on, and the dead letter is there, cut to the fallback size
                await().atMost(PATIENCE).untilAsserted(() -> assertThat(listener.handled()).contains(after));
                ConsumerRecord<byte[], byte[]> deadLetter = deadLettersByKey(run, 1)
                        .get("wechat:" + run + ":too-large-for-dlt");
                assertThat(deadLetter.value().length).isLessThan(DeadLetterPublishing.FALLBACK_MAX_RECORD_BYTES);
                assertThat(deadLetter.value()).isEqualTo(Arrays.copyOf(junk, deadLetter.value().length));
                assertThat(text(deadLetter.headers(), DeadLetterRecords.VALUE_TRUNCATED_HEADER)).isEqualTo("300000");
                assertOrigin(deadLetter, sent.get("wechat:" + run + ":too-large-for-dlt"));
            } finally {
                setMaxMessageBytes(admin, deadLetterTopic, null);
            }
        }
    }

    @Test
    void shouldDeclareTheDeadLetterTopicOfTheConsumedTopicAsTheCatalogDescribesIt() throws Exception {
        // Given
        TopicSpec spec = Topics.find(Topics.COMPLAINTS_SUBMITTED_DLT).orElseThrow();

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            // When
            TopicDescription description = admin.describeTopics(List.of(Topics.COMPLAINTS_SUBMITTED_DLT))
                    .allTopicNames().get().get(Topics.COMPLAINTS_SUBMITTED_DLT);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.COMPLAINTS_SUBMITTED_DLT);
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);

            // Then
            assertThat(description.partitions()).hasSize(6);
            spec.topicConfigs().forEach((name, value) -> assertThat(config.get(name).value()).as(name).isEqualTo(value));
        }
    }

    @Test
    void shouldReportTheKafkaHealthComponentUp() {
        // When
        HealthIndicator kafka = (HealthIndicator) health.getContributor("kafka");

        // Then
        assertThat(kafka).isNotNull();
        assertThat(kafka.health().getStatus()).isEqualTo(Status.UP);
        assertThat(kafka.health().getDetails()).containsEntry("brokers", 1);
    }

    private static void setMaxMessageBytes(Admin admin, ConfigResource topic, String bytes) throws Exception {
        AlterConfigOp change = bytes == null
                ? new AlterConfigOp(new ConfigEntry("max.message.bytes", ""), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry("max.message.bytes", bytes), AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(change))).all().get();
    }

    private void send(KafkaProducer<String, byte[]> producer, String key, byte[] value,
            Map<String, RecordMetadata> sent) throws Exception {
        send(producer, key, value, new RecordHeaders(), sent);
    }

    private void send(KafkaProducer<String, byte[]> producer, String key, byte[] value, Headers headers,
            Map<String, RecordMetadata> sent) throws Exception {
        headers.add("traceparent", ("00-" + key + "-01").getBytes(StandardCharsets.UTF_8));
        sent.put(key, producer.send(new ProducerRecord<>(Topics.COMPLAINTS_SUBMITTED, SOURCE_PARTITION, key, value,
                headers)).get());
    }

    private static void assertOrigin(ConsumerRecord<byte[], byte[]> deadLetter, RecordMetadata source) {
        Headers headers = deadLetter.headers();
        assertThat(text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.COMPLAINTS_SUBMITTED);
        assertThat(ByteBuffer.wrap(headers.lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value()).getInt())
                .isEqualTo(source.partition());
        assertThat(ByteBuffer.wrap(headers.lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).getLong())
                .isEqualTo(source.offset());
        assertThat(text(headers, "traceparent")).isEqualTo("00-" + new String(deadLetter.key(),
                StandardCharsets.UTF_8) + "-01");
    }

    private Map<String, ConsumerRecord<byte[], byte[]>> deadLettersByKey(String run, int expected) {
        Map<String, ConsumerRecord<byte[], byte[]>> byKey = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = records.deadLetterReader()) {
            await().atMost(PATIENCE).untilAsserted(() -> {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    String key = new String(record.key(), StandardCharsets.UTF_8);
                    if (key.contains(":" + run + ":")) {
                        byKey.put(key, record);
                    }
                }
                assertThat(byKey).hasSize(expected);
            });
        }
        return byKey;
    }

    private static byte[] withTrailingBytes(byte[] record) {
        byte[] longer = Arrays.copyOf(record, record.length + 3);
        longer[record.length] = 'x';
        return longer;
    }

    private ChannelSubmission readAvro(byte[] bytes) {
        try (AvroDeserializer<ChannelSubmission> deserializer = new AvroDeserializer<>(null, ChannelSubmission.class)) {
            deserializer.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl()), false);
            return deserializer.deserialize(Topics.COMPLAINTS_SUBMITTED_DLT, bytes);
        }
    }

    private List<Counter> deadLetterCounters() {
        return List.copyOf(meterRegistry.find(MetricNames.DEAD_LETTERS)
                .tag(MetricNames.TAG_TOPIC, Topics.COMPLAINTS_SUBMITTED).counters());
    }

    private double deadLetterCount() {
        return deadLetterCounters().stream().mapToDouble(Counter::count).sum();
    }

    private static String text(Headers headers, String name) {
        assertThat(headers.lastHeader(name)).as("header %s", name).isNotNull();
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
