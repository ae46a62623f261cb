package com.redress.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaHeaders;

class DeadLetterRecordsTest {

    private static final String SOURCE = "complaints.registered";
    private static final byte[] KEY = "C-2026-000042".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = {1, 0, 0, 0, 7, 42};
    private static final long TIMESTAMP = 1_772_443_815_123L;

    @Test
    void shouldSendTheOriginalBytesToTheSourcesDeadLetterTopic() {
        // When
        ProducerRecord<byte[], byte[]> deadLetter = DeadLetterRecords.of(SOURCE, 3, 1_234L, TIMESTAMP, KEY, VALUE,
                new RecordHeaders(), new SerializationException("Unknown magic byte 0x01"));

        // Then
        assertThat(deadLetter.topic()).isEqualTo("complaints.registered.dlt");
        assertThat(deadLetter.key()).isEqualTo(KEY);
        assertThat(deadLetter.value()).isEqualTo(VALUE);
    }

    @Test
    void shouldEncodeOriginHeadersAsSpringKafkaDoes() {
        // When
        Headers headers = DeadLetterRecords.of(SOURCE, 3, 1_234L, TIMESTAMP, KEY, VALUE, new RecordHeaders(),
                new SerializationException("Unknown magic byte 0x01")).headers();

        // Then: text as UTF-8, partition as 4 and offset and timestamp as 8 big-endian bytes
        assertThat(text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(SOURCE);
        assertThat(bytes(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION)).hasSize(4);
        assertThat(ByteBuffer.wrap(bytes(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION)).getInt()).isEqualTo(3);
        assertThat(bytes(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET)).hasSize(8);
        assertThat(ByteBuffer.wrap(bytes(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET)).getLong()).isEqualTo(1_234L);
        assertThat(ByteBuffer.wrap(bytes(headers, KafkaHeaders.DLT_ORIGINAL_TIMESTAMP)).getLong())
                .isEqualTo(TIMESTAMP);
        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN)).isEqualTo(SerializationException.class.getName());
        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isEqualTo("Unknown magic byte 0x01");
        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_STACKTRACE))
                .startsWith(SerializationException.class.getName() + ": Unknown magic byte 0x01")
                .contains(DeadLetterRecordsTest.class.getName());
    }

    @Test
    void shouldKeepTheOriginalHeaders() {
        // Given
        Headers original = new RecordHeaders();
        original.add("traceparent", utf8("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        original.add("channel", utf8("wechat"));

        // When
        Headers headers = DeadLetterRecords.of(SOURCE, 0, 0L, TIMESTAMP, KEY, VALUE, original,
                new IllegalStateException("boom")).headers();

        // Then
        assertThat(text(headers, "traceparent")).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(text(headers, "channel")).isEqualTo("wechat");
    }

    @Test
    void shouldReplaceExceptionHeadersOfAnEarlierFailureWhenAReplayFailsAgain() {
        // Given: a dead letter replayed onto its source topic
        Headers replayed = DeadLetterRecords.of(SOURCE, 0, 5L, TIMESTAMP, KEY, VALUE, new RecordHeaders(),
                new IllegalStateException("first failure")).headers();

        // When
        Headers headers = DeadLetterRecords.of(SOURCE, 2, 9L, TIMESTAMP, KEY, VALUE, replayed,
                new IllegalArgumentException("second failure")).headers();

        // Then
        assertThat(values(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).containsExactly("second failure");
        assertThat(values(headers, KafkaHeaders.DLT_EXCEPTION_FQCN))
                .containsExactly(IllegalArgumentException.class.getName());
        assertThat(ByteBuffer.wrap(headers.lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).getLong())
                .isEqualTo(9L);
    }

    @Test
    void shouldExplainTheWholeCauseChainInTheMessage() {
        // Given
        Exception error = new SerializationException("Failed to decode Avro record from topic complaints.registered",
                new IllegalStateException("Schema id 999 not found", new RuntimeException("HTTP 404")));

        // When
        Headers headers = DeadLetterRecords.of(SOURCE, 0, 0L, TIMESTAMP, KEY, VALUE, null, error).headers();

        // Then
        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isEqualTo(
                "Failed to decode Avro record from topic complaints.registered <- Schema id 999 not found <- HTTP 404");
        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)).isEqualTo(RuntimeException.class.getName());
    }

    @Test
    void shouldNameTheClassOfACauseWithoutMessage() {
        // When
        String message = DeadLetterRecords.describe(new IllegalStateException("outer", new NullPointerException()));

        // Then
        assertThat(message).isEqualTo("outer <- NullPointerException");
    }

    @Test
    void shouldStopAtACauseChainThatLoops() {
        // Given: a → b → a
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);

        // When
        String message = DeadLetterRecords.describe(first);

        // Then
        assertThat(message).isEqualTo("first <- second");
    }

    @Test
    void shouldExplainTheListenersExceptionRatherThanTheContainersWrapper() {
        // Given
        Headers headers = new RecordHeaders();
        Exception wrapped = new ListenerExecutionFailedException("Listener method threw exception",
                new IllegalStateException("no branch for unit 0571-88"));

        // When
        DeadLetterRecords.putExceptionHeaders(headers, wrapped, false);

        // Then
        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN)).isEqualTo(IllegalStateException.class.getName());
        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isEqualTo("no branch for unit 0571-88");
        assertThat(headers.lastHeader(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)).isNull();
    }

    @Test
    void shouldWriteKeyExceptionHeadersForAnUnreadableKey() {
        // Given
        Headers headers = new RecordHeaders();

        // When
        DeadLetterRecords.putExceptionHeaders(headers, new SerializationException("bad key"), true);

        // Then
        assertThat(text(headers, KafkaHeaders.DLT_KEY_EXCEPTION_FQCN)).isEqualTo(SerializationException.class.getName());
        assertThat(text(headers, KafkaHeaders.DLT_KEY_EXCEPTION_MESSAGE)).isEqualTo("bad key");
        assertThat(headers.lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNull();
    }

    @Test
    void shouldBoundMessageAndStackTrace() {
        // Given
        Exception error = new IllegalStateException("x".repeat(10_000));

        // When
        Headers headers = DeadLetterRecords.of(SOURCE, 0, 0L, TIMESTAMP, KEY, VALUE, null, error).headers();

        // Then
        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).hasSize(DeadLetterRecords.MAX_MESSAGE_CHARS);
        assertThat(text(headers, KafkaHeaders.DLT_EXCEPTION_STACKTRACE))
                .hasSize(DeadLetterRecords.MAX_STACKTRACE_CHARS);
    }

    @Test
    void shouldKeepANullKeyAndValue() {
        // When
        ProducerRecord<byte[], byte[]> deadLetter = DeadLetterRecords.of(SOURCE, 0, 0L, TIMESTAMP, null, null, null,
                new IllegalStateException("tombstone not expected"));

        // Then
        assertThat(deadLetter.key()).isNull();
        assertThat(deadLetter.value()).isNull();
    }

    @Test
    void shouldLeaveOutHeadersTheProducerPutInTheDeadLetterNamespacesInAnyCase() {
        // Given a record whose producer forged failure, origin and reason headers, beside a header of its own
        Headers original = new RecordHeaders();
        original.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, utf8("forged reason"));
        original.add("KAFKA_DLT-ORIGINAL-OFFSET", utf8("forged offset"));
        original.add("Kafka_Dlt-Original-Topic", utf8("forged topic"));
        original.add("redress_rejection-reasons", utf8("forged_code"));
        original.add("REDRESS_Rejection-Reasons", utf8("forged_code"));
        original.add("\u212Aafka_dlt-exception-fqcn", utf8("forged with a Kelvin sign for the K"));
        original.add("traceparent", utf8("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        original.add("kafka_offset", utf8("not in a reserved namespace"));
        original.add("redress", utf8("not in a reserved namespace either"));

        // When
        Headers headers = DeadLetterRecords.of(SOURCE, 1, 7L, TIMESTAMP, KEY, VALUE, original,
                new IllegalStateException("real reason")).headers();

        // Then only the real failure and origin headers are in those namespaces, and the others stay
        assertThat(StreamSupport.stream(headers.spliterator(), false).map(header -> text(header)))
                .noneMatch(value -> value.startsWith("forged"));
        assertThat(values(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).containsExactly("real reason");
        assertThat(values(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC)).containsExactly(SOURCE);
        assertThat(ByteBuffer.wrap(headers.headers(KafkaHeaders.DLT_ORIGINAL_OFFSET).iterator().next().value())
                .getLong()).isEqualTo(7L);
        assertThat(text(headers, "traceparent")).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(text(headers, "kafka_offset")).isEqualTo("not in a reserved namespace");
        assertThat(text(headers, "redress")).isEqualTo("not in a reserved namespace either");
    }

    @Test
    void shouldKeepADeadLetterThatFitsAsItIs() {
        // Given
        ProducerRecord<byte[], byte[]> deadLetter = DeadLetterRecords.of(SOURCE, 0, 0L, TIMESTAMP, KEY, VALUE, null,
                new IllegalStateException("boom"));

        // When / Then
        assertThat(DeadLetterRecords.fitted(deadLetter, DeadLetterRecords.DEFAULT_MAX_RECORD_BYTES))
                .isSameAs(deadLetter);
    }

    @Test
    void shouldCutTheValueOfADeadLetterThatWouldBeTooLargeAndSaySo() {
        // Given a value of almost a mebibyte, which the source topic took but its dead letter's headers push over
        byte[] value = new byte[1_047_000];
        Arrays.fill(value, (byte) 'a');
        Headers original = new RecordHeaders();
        original.add("traceparent", utf8("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        Exception error = new IllegalStateException("x".repeat(3_000));

        // When
        ProducerRecord<byte[], byte[]> deadLetter = DeadLetterRecords.of(SOURCE, 0, 0L, TIMESTAMP, KEY, value,
                original, error);

        // Then it fits, its value is the start of the original, and the headers say how long the original was
        assertThat(DeadLetterRecords.sizeUpperBound(deadLetter.key(), deadLetter.value(), deadLetter.headers()))
                .isLessThanOrEqualTo(DeadLetterRecords.DEFAULT_MAX_RECORD_BYTES)
                .isGreaterThan(DeadLetterRecords.DEFAULT_MAX_RECORD_BYTES - 100);
        assertThat(deadLetter.value()).hasSizeLessThan(value.length)
                .isEqualTo(Arrays.copyOf(value, deadLetter.value().length));
        assertThat(text(deadLetter.headers(), DeadLetterRecords.VALUE_TRUNCATED_HEADER)).isEqualTo("1047000");
        assertThat(deadLetter.key()).isEqualTo(KEY);
        assertThat(text(deadLetter.headers(), "traceparent")).startsWith("00-");
        assertThat(text(deadLetter.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isEqualTo("x".repeat(3_000));
        assertThat(deadLetter.headers().lastHeader(DeadLetterRecords.HEADERS_DROPPED_HEADER)).isNull();
    }

    @Test
    void shouldLeaveOutTheOriginalHeadersWhenEvenAnEmptyValueWouldNotFit() {
        // Given a small value but headers of the producer's own that fill the record
        Headers original = new RecordHeaders();
        original.add("bulk-1", new byte[600_000]);
        original.add("bulk-2", new byte[446_000]);
        byte[] value = utf8("a small value");

        // When
        ProducerRecord<byte[], byte[]> deadLetter = DeadLetterRecords.of(SOURCE, 0, 0L, TIMESTAMP, KEY, value,
                original, new IllegalStateException("boom"));

        // Then the producer's headers are gone, counted, and the value, which now has room, is whole
        assertThat(StreamSupport.stream(deadLetter.headers().spliterator(), false).map(Header::key))
                .doesNotContain("bulk-1", "bulk-2");
        assertThat(text(deadLetter.headers(), DeadLetterRecords.HEADERS_DROPPED_HEADER)).isEqualTo("2");
        assertThat(deadLetter.value()).isEqualTo(value);
        assertThat(deadLetter.headers().lastHeader(DeadLetterRecords.VALUE_TRUNCATED_HEADER)).isNull();
        assertThat(text(deadLetter.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isEqualTo("boom");
    }

    @Test
    void shouldCutTheKeyLastAndNeverTheFailureHeaders() {
        // Given a key that alone fills the record
        byte[] key = new byte[1_046_000];
        Arrays.fill(key, (byte) 'k');

        // When
        ProducerRecord<byte[], byte[]> deadLetter = DeadLetterRecords.of(SOURCE, 0, 0L, TIMESTAMP, key, VALUE, null,
                new IllegalStateException("y".repeat(4_000)));

        // Then
        assertThat(DeadLetterRecords.sizeUpperBound(deadLetter.key(), deadLetter.value(), deadLetter.headers()))
                .isLessThanOrEqualTo(DeadLetterRecords.DEFAULT_MAX_RECORD_BYTES);
        assertThat(deadLetter.key()).hasSizeLessThan(key.length);
        assertThat(text(deadLetter.headers(), DeadLetterRecords.KEY_TRUNCATED_HEADER)).isEqualTo("1046000");
        assertThat(text(deadLetter.headers(), DeadLetterRecords.VALUE_TRUNCATED_HEADER)).isEqualTo("6");
        assertThat(deadLetter.value()).isEmpty();
        assertThat(text(deadLetter.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isEqualTo("y".repeat(4_000));
    }

    @Test
    void shouldFitToASmallerLimitWhenTold() {
        // When
        ProducerRecord<byte[], byte[]> deadLetter = DeadLetterRecords.of(SOURCE, 0, 0L, TIMESTAMP, KEY,
                new byte[100_000], null, new IllegalStateException("boom"), 65_536);

        // Then
        assertThat(DeadLetterRecords.sizeUpperBound(deadLetter.key(), deadLetter.value(), deadLetter.headers()))
                .isLessThanOrEqualTo(65_536);
        assertThat(text(deadLetter.headers(), DeadLetterRecords.VALUE_TRUNCATED_HEADER)).isEqualTo("100000");
    }

    @Test
    void shouldCountAtLeastWhatTheProducerCounts() {
        // Given
        Headers headers = new RecordHeaders();
        headers.add("traceparent", utf8("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        headers.add("empty", null);
        byte[] value = new byte[300_000];

        // When / Then: Kafka's own upper bound, which the producer checks against max.request.size
        assertThat(DeadLetterRecords.sizeUpperBound(KEY, value, headers)).isGreaterThanOrEqualTo(
                AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE,
                        KEY, value, headers.toArray()));
        assertThat(DeadLetterRecords.sizeUpperBound(null, null, new RecordHeaders())).isGreaterThanOrEqualTo(
                AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE,
                        (byte[]) null, null, new Header[0]));
    }

    private static byte[] bytes(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return header.value();
    }

    private static String text(Headers headers, String name) {
        return new String(bytes(headers, name), StandardCharsets.UTF_8);
    }

    private static String text(Header header) {
        return header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<String> values(Headers headers, String name) {
        return StreamSupport.stream(headers.headers(name).spliterator(), false)
                .map(header -> new String(header.value(), StandardCharsets.UTF_8))
                .toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
