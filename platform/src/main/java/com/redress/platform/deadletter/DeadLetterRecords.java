package com.redress.platform.deadletter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.support.KafkaHeaders;

import com.redress.contract.Topics;

/**
 * Builds dead-letter records: the original bytes, on {@code <topic>.dlt}, with headers naming the error and where the
 * record came from.
 *
 * <p>The header names and encodings are spring-kafka's ({@link KafkaHeaders#DLT_ORIGINAL_TOPIC} and friends: partition
 * as a 4-byte and offset and timestamp as 8-byte big-endian integers), so listener and Kafka Streams dead letters read
 * the same way.
 */
public final class DeadLetterRecords {

    private static final int MAX_STACKTRACE_CHARS = 4_000;

    private DeadLetterRecords() {
    }

    /** A dead letter for a record that could not be processed, keeping its original headers. */
    public static ProducerRecord<byte[], byte[]> of(String sourceTopic, int partition, long offset, long timestamp,
            byte[] key, byte[] value, Headers originalHeaders, Exception error) {
        Headers headers = new RecordHeaders();
        if (originalHeaders != null) {
            for (Header header : originalHeaders) {
                headers.add(header);
            }
        }
        headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, utf8(sourceTopic));
        headers.add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(partition).array());
        headers.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(offset).array());
        headers.add(KafkaHeaders.DLT_ORIGINAL_TIMESTAMP, ByteBuffer.allocate(Long.BYTES).putLong(timestamp).array());
        headers.add(KafkaHeaders.DLT_EXCEPTION_FQCN, utf8(error.getClass().getName()));
        if (error.getCause() != null) {
            headers.add(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN, utf8(error.getCause().getClass().getName()));
        }
        headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, utf8(describe(error)));
        headers.add(KafkaHeaders.DLT_EXCEPTION_STACKTRACE, utf8(stackTrace(error)));
        return new ProducerRecord<>(Topics.deadLetterOf(sourceTopic), null, key, value, headers);
    }

    /** The message of the error and of each cause, so the reason survives wrapping. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(current.getMessage() == null ? current.getClass().getSimpleName() : current.getMessage());
            if (current.getCause() == current) {
                break;
            }
        }
        return text.toString();
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        String trace = out.toString();
        return trace.length() > MAX_STACKTRACE_CHARS ? trace.substring(0, MAX_STACKTRACE_CHARS) : trace;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
