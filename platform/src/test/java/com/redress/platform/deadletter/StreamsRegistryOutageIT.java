package com.redress.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.redress.contract.Topics;
import com.redress.events.fixtures.SampleEvents;
import com.redress.events.intake.ChannelSubmission;
import com.redress.platform.registry.SchemaRegistryClientConfig;
import com.redress.platform.serde.AvroSerdes;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.SchemaRegistryServer;
import com.redress.testkit.WithLocalKafkaStack;
import com.redress.testkit.fault.OutageProxy;

/**
 * A Streams application whose schema registry is down (the real registry behind a proxy that refuses every
 * connection) fails the task on a record whose schema it cannot fetch, with no dead letter, so the record is read again
 * (by the thread {@code ReplaceThreadOnTransientFailure} starts); once the registry is back the same record goes
 * through, and a schema id the registry does not know is still a dead letter.
 */
@WithLocalKafkaStack
class StreamsRegistryOutageIT {

    private static final String ACCEPTED = "complaints.accepted";
    private static final int UNKNOWN_SCHEMA_ID = 999_997;

    private static OutageProxy registry;

    @TempDir
    Path stateDir;

    private final ChannelSystemRecords records;

    StreamsRegistryOutageIT(LocalKafkaStack stack) {
        this.records = new ChannelSystemRecords(stack);
    }

    @BeforeAll
    static void startProxy(LocalKafkaStack stack) {
        registry = OutageProxy.to("schema-registry", stack.schemaRegistry().port());
    }

    @AfterAll
    static void closeProxy() {
        registry.close();
    }

    @Test
    void shouldFailTheTaskWhileTheRegistryIsDownAndReadTheRecordOnceItIsBack() {
        String run = Long.toString(System.nanoTime());
        byte[] submission = records.avro(SampleEvents.channelSubmission("wx-" + run));

        registry.refuse();
        try (TopologyTestDriver driver = driver()) {
            assertThatThrownBy(() -> input(driver).pipeInput(key(run), submission))
                    .isInstanceOf(StreamsException.class);
            assertThat(deadLetters(driver)).isEmpty();
        } finally {
            registry.restore();
        }
        assertThat(registry.refusedConnections()).isPositive();

        try (TopologyTestDriver driver = driver()) {
            input(driver).pipeInput(key(run), submission);

            assertThat(driver.createOutputTopic(ACCEPTED, new StringDeserializer(), new StringDeserializer())
                    .readValuesToList()).containsExactly("wx-" + run);
            assertThat(deadLetters(driver)).isEmpty();
        }
    }

    @Test
    void shouldStillDeadLetterASchemaIdTheRegistryDoesNotKnow() {
        byte[] unknownSchemaId = ChannelSystemRecords.withUnknownSchemaId(UNKNOWN_SCHEMA_ID);

        try (TopologyTestDriver driver = driver()) {
            input(driver).pipeInput(key("unknown"), unknownSchemaId);

            assertThat(deadLetters(driver)).singleElement().isEqualTo(unknownSchemaId);
        }
    }

    private TopologyTestDriver driver() {
        Serde<ChannelSubmission> submissions = AvroSerdes.specific(ChannelSubmission.class, Map.of(
                SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL, SchemaRegistryServer.urlAt(registry.port()),
                SchemaRegistryClientConfig.RETRIES, 0,
                SchemaRegistryClientConfig.CONNECT_TIMEOUT_MS, 500,
                SchemaRegistryClientConfig.REQUEST_TIMEOUT_MS, 1000), false);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.COMPLAINTS_SUBMITTED, Consumed.with(Serdes.String(), submissions))
                .mapValues(ChannelSubmission::getChannelMessageId)
                .to(ACCEPTED, Produced.with(Serdes.String(), Serdes.String()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "streams-registry-outage-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, StreamsDeadLetterHandler.class);
        return new TopologyTestDriver(builder.build(), props);
    }

    private static TestInputTopic<byte[], byte[]> input(TopologyTestDriver driver) {
        return driver.createInputTopic(Topics.COMPLAINTS_SUBMITTED, new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    private static List<byte[]> deadLetters(TopologyTestDriver driver) {
        return driver.createOutputTopic(Topics.COMPLAINTS_SUBMITTED_DLT, new ByteArrayDeserializer(),
                new ByteArrayDeserializer()).readValuesToList();
    }

    private static byte[] key(String run) {
        return ("wechat:" + run).getBytes(StandardCharsets.UTF_8);
    }
}
