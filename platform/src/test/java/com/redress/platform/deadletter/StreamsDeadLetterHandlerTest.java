package com.redress.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.support.KafkaHeaders;

import com.redress.contract.Topics;
import com.redress.events.fixtures.SampleEvents;
import com.redress.events.intake.ChannelSubmission;
import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.platform.registry.SchemaRegistryUnreachableException;
import com.redress.platform.serde.AvroSerdes;

/**
 * Runs a topology configured with the handler the way a Streams service is, on Kafka's {@link TopologyTestDriver},
 * which writes the dead letters a handler returns like a real task does.
 */
class StreamsDeadLetterHandlerTest {

    private static final String ACCEPTED = "complaints.accepted";
    private static final String UNWRITABLE_PREFIX = "unwritable-";
    private static final String POISON_PREFIX = "poison-";
    private static final Instant TIMESTAMP = Instant.parse("2026-03-02T01:30:15.123Z");

    private final String scope = "streams-dead-letter-handler-test-" + System.nanoTime();
    private final Serde<ChannelSubmission> submissions = AvroSerdes.specific(ChannelSubmission.class,
            Map.of("schema.registry.url", "mock://" + scope), false);

    @TempDir
    Path stateDir;

    @AfterEach
    void dropRegistry() {
        InMemorySchemaRegistryClient.dropScope(scope);
    }

    @Test
    void shouldSendRecordWithWrongMagicByteToDeadLetterTopicWithOriginalBytesAndOrigin() {
        // Given
        byte[] notAvro = "{\"channel\":\"wechat\"}".getBytes(StandardCharsets.UTF_8);

        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<byte[], byte[]> input = rawInput(driver);
            input.pipeInput(good("wx-1"));

            // When
            input.pipeInput(record("wechat:bad-magic", notAvro));

            // Then
            TestRecord<byte[], byte[]> deadLetter = deadLetters(driver).readRecord();
            assertThat(deadLetter.key()).isEqualTo(utf8("wechat:bad-magic"));
            assertThat(deadLetter.value()).isEqualTo(notAvro);
            Headers headers = deadLetter.headers();
            assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                    .contains("Unknown magic byte 0x7b", Topics.COMPLAINTS_SUBMITTED);
            assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN)).isEqualTo(SerializationException.class.getName());
            assertThat(text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.COMPLAINTS_SUBMITTED);
            assertThat(ByteBuffer.wrap(headers.lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value()).getInt())
                    .isZero();
            assertThat(ByteBuffer.wrap(headers.lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).getLong())
                    .isEqualTo(1L);
            assertThat(ByteBuffer.wrap(headers.lastHeader(KafkaHeaders.DLT_ORIGINAL_TIMESTAMP).value()).getLong())
                    .isEqualTo(TIMESTAMP.toEpochMilli());
            assertThat(text(headers, "traceparent")).isEqualTo("00-trace-wechat:bad-magic-01");
        }
    }

    @Test
    void shouldSendRecordWithUnknownSchemaIdToDeadLetterTopicWithOriginalBytes() {
        // Given: the wire format, but a schema id the registry never issued
        byte[] unknownSchemaId = {0, 0, 0, 0x03, (byte) 0xe7, 2, 4, 6};

        try (TopologyTestDriver driver = driver()) {
            // When
            rawInput(driver).pipeInput(record("wechat:unknown-schema", unknownSchemaId));

            // Then
            TestRecord<byte[], byte[]> deadLetter = deadLetters(driver).readRecord();
            assertThat(deadLetter.value()).isEqualTo(unknownSchemaId);
            assertThat(text(deadLetter.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                    .contains("Schema id 999 not found");
            assertThat(text(deadLetter.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC))
                    .isEqualTo(Topics.COMPLAINTS_SUBMITTED);
            assertThat(ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value())
                    .getLong()).isZero();
        }
    }

    @Test
    void shouldKeepProcessingGoodRecordsAfterUnreadableOnes() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<byte[], byte[]> input = rawInput(driver);

            // When
            input.pipeInput(good("wx-1"));
            input.pipeInput(record("wechat:bad-magic", new byte[] {1, 2, 3, 4, 5, 6}));
            input.pipeInput(record("wechat:too-short", new byte[] {0, 0}));
            input.pipeInput(good("wx-2"));

            // Then
            assertThat(accepted(driver).readValuesToList()).containsExactly("wx-1", "wx-2");
            assertThat(deadLetters(driver).readRecordsToList()).extracting(TestRecord::key)
                    .containsExactly(utf8("wechat:bad-magic"), utf8("wechat:too-short"));
        }
    }

    @Test
    void shouldSendSourceRecordOfAnUnserializableResultToDeadLetterTopic() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<byte[], byte[]> input = rawInput(driver);
            TestRecord<byte[], byte[]> source = good(UNWRITABLE_PREFIX + "wx-3");

            // When
            input.pipeInput(source);
            input.pipeInput(good("wx-4"));

            // Then
            TestRecord<byte[], byte[]> deadLetter = deadLetters(driver).readRecord();
            assertThat(deadLetter.value()).isEqualTo(source.value());
            assertThat(deadLetter.key()).isEqualTo(source.key());
            assertThat(text(deadLetter.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                    .contains("cannot write " + UNWRITABLE_PREFIX + "wx-3");
            assertThat(text(deadLetter.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC))
                    .isEqualTo(Topics.COMPLAINTS_SUBMITTED);
            assertThat(accepted(driver).readValuesToList()).containsExactly("wx-4");
        }
    }

    @Test
    void shouldSendARecordTheProcessorThrowsOnToDeadLettersAndCarryOn() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<byte[], byte[]> input = rawInput(driver);
            TestRecord<byte[], byte[]> poison = good(POISON_PREFIX + "wx-5");

            // When
            input.pipeInput(poison);
            input.pipeInput(good("wx-6"));

            // Then
            TestRecord<byte[], byte[]> deadLetter = deadLetters(driver).readRecord();
            assertThat(deadLetter.value()).isEqualTo(poison.value());
            assertThat(text(deadLetter.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                    .contains("cannot process " + POISON_PREFIX + "wx-5");
            assertThat(accepted(driver).readValuesToList()).containsExactly("wx-6");
        }
    }

    @Test
    void shouldFailRatherThanWriteToADeadLetterTopicAnInternalTopicDoesNotHave() {
        // Given: a record of a repartition topic, which only this application writes
        ErrorHandlerContext internal = sourceContext(utf8("value"));
        when(internal.topic()).thenReturn("grading-service-surge-by-category-repartition");
        StreamsDeadLetterHandler handler = new StreamsDeadLetterHandler();

        // When
        ProcessingExceptionHandler.Response processing = handler.handleError(internal, (Record<?, ?>) null,
                new IllegalStateException("cannot process"));
        ProductionExceptionHandler.Response production = handler.handleSerializationError(internal, output(),
                new SerializationException("cannot write"), SerializationExceptionOrigin.VALUE);

        // Then
        assertThat(processing.result()).isEqualTo(ProcessingExceptionHandler.Result.FAIL);
        assertThat(production.result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);
        assertThat(processing.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void shouldRetryAResultTheBrokerMayYetAccept() {
        // When
        ProductionExceptionHandler.Response response = new StreamsDeadLetterHandler().handleError(
                sourceContext(utf8("value")), output(), new TimeoutException("no ack in time"));

        // Then
        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RETRY);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void shouldFailRatherThanDeadLetterTheWrongRecordWhenTheBrokerRefusesAResult() {
        // When: reported from the producer callback, when the context may describe a later record
        ProductionExceptionHandler.Response response = new StreamsDeadLetterHandler().handleError(
                sourceContext(utf8("value")), output(), new RecordTooLargeException("too large"));

        // Then
        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void shouldFailWhenTheSourceBytesAreNoLongerAvailable() {
        // When: a second result of the same record, after Kafka Streams released its bytes
        ProductionExceptionHandler.Response response = new StreamsDeadLetterHandler().handleSerializationError(
                sourceContext(null), output(), new SerializationException("cannot write"),
                SerializationExceptionOrigin.VALUE);

        // Then
        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void shouldFailRatherThanDeadLetterAResultTheRegistryWasOutOfReachFor() {
        // When: the source record is fine, the registry was down when its result was serialized
        ProductionExceptionHandler.Response response = new StreamsDeadLetterHandler().handleSerializationError(
                sourceContext(utf8("value")), output(), new SerializationException("cannot write",
                        new SchemaRegistryUnreachableException("registry unreachable after 3 attempts", null)),
                SerializationExceptionOrigin.VALUE);

        // Then the task fails, to process the record again, and nothing goes to dead letters
        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void shouldFailRatherThanDeadLetterARecordTheRegistryWasOutOfReachFor() {
        // When: the record names a schema id the registry could not be asked for
        DeserializationExceptionHandler.Response response = new StreamsDeadLetterHandler().handleError(
                sourceContext(utf8("value")), new ConsumerRecord<>(Topics.COMPLAINTS_SUBMITTED, 2, 17L, utf8("key"),
                        utf8("value")), new SerializationException("cannot read",
                        new SchemaRegistryUnreachableException("registry unreachable after 3 attempts", null)));

        // Then
        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    private TopologyTestDriver driver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dead-letter-handler-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, StreamsDeadLetterHandler.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, StreamsDeadLetterHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, StreamsDeadLetterHandler.class);
        return new TopologyTestDriver(topology(), props);
    }

    /** Reads submissions with the Avro serde and writes their message ids, refusing to write some of them. */
    private Topology topology() {
        Serializer<String> refusingSerializer = (topic, id) -> {
            if (id.startsWith(UNWRITABLE_PREFIX)) {
                throw new SerializationException("cannot write " + id + " to " + topic);
            }
            return utf8(id);
        };
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.COMPLAINTS_SUBMITTED, Consumed.with(Serdes.String(), submissions))
                .mapValues(ChannelSubmission::getChannelMessageId)
                .peek((key, id) -> {
                    if (id.startsWith(POISON_PREFIX)) {
                        throw new IllegalStateException("cannot process " + id);
                    }
                })
                .to(ACCEPTED, Produced.with(Serdes.String(),
                        Serdes.serdeFrom(refusingSerializer, new StringDeserializer())));
        return builder.build();
    }

    private TestRecord<byte[], byte[]> good(String channelMessageId) {
        byte[] value = submissions.serializer().serialize(Topics.COMPLAINTS_SUBMITTED,
                SampleEvents.channelSubmission(channelMessageId));
        return record("wechat:" + channelMessageId, value);
    }

    private static TestRecord<byte[], byte[]> record(String key, byte[] value) {
        Headers headers = new RecordHeaders();
        headers.add("traceparent", utf8("00-trace-" + key + "-01"));
        return new TestRecord<>(utf8(key), value, headers, TIMESTAMP);
    }

    private static TestInputTopic<byte[], byte[]> rawInput(TopologyTestDriver driver) {
        return driver.createInputTopic(Topics.COMPLAINTS_SUBMITTED, new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    private static TestOutputTopic<byte[], byte[]> deadLetters(TopologyTestDriver driver) {
        return driver.createOutputTopic(Topics.COMPLAINTS_SUBMITTED_DLT, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    private static TestOutputTopic<String, String> accepted(TopologyTestDriver driver) {
        return driver.createOutputTopic(ACCEPTED, new StringDeserializer(), new StringDeserializer());
    }

    private static ErrorHandlerContext sourceContext(byte[] rawValue) {
        ErrorHandlerContext context = mock(ErrorHandlerContext.class);
        when(context.topic()).thenReturn(Topics.COMPLAINTS_SUBMITTED);
        when(context.partition()).thenReturn(2);
        when(context.offset()).thenReturn(17L);
        when(context.headers()).thenReturn(new RecordHeaders());
        when(context.sourceRawKey()).thenReturn(utf8("wechat:wx-5"));
        when(context.sourceRawValue()).thenReturn(rawValue);
        return context;
    }

    private static ProducerRecord<byte[], byte[]> output() {
        return new ProducerRecord<>(ACCEPTED, utf8("wechat:wx-5"), utf8("wx-5"));
    }

    private static String text(Headers headers, String name) {
        assertThat(headers.lastHeader(name)).as("header %s", name).isNotNull();
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
