package com.redress.platform.deadletter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaHeaders;

import com.redress.contract.Topics;

/**
 * Builds dead-letter records: the original bytes, on {@code <topic>.dlt}, with headers naming the error and where the
 * record came from.
 *
 * <p>The header names and encodings are spring-kafka's ({@link KafkaHeaders#DLT_ORIGINAL_TOPIC} and friends: partition
 * as a 4-byte and offset and timestamp as 8-byte big-endian integers), and listeners write their exception headers
 * with {@link #putExceptionHeaders(Headers, Throwable, boolean)} too, so listener and Kafka Streams dead letters read
 * the same way.
 */
public final class DeadLetterRecords {

    static final int MAX_MESSAGE_CHARS = 4_000;
    static final int MAX_STACKTRACE_CHARS = 4_000;

    private static final List<String> VALUE_EXCEPTION_HEADERS = List.of(KafkaHeaders.DLT_EXCEPTION_FQCN,
            KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN, KafkaHeaders.DLT_EXCEPTION_MESSAGE,
            KafkaHeaders.DLT_EXCEPTION_STACKTRACE);

    private DeadLetterRecords() {
    }

    /**
     * A dead letter for a record that could not be processed, keeping its original headers; the exception headers of
     * an earlier failure (a replayed dead letter that failed again) give way to this failure's.
     */
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
        putExceptionHeaders(headers, error, false);
        return new ProducerRecord<>(Topics.deadLetterOf(sourceTopic), null, key, value, headers);
    }

    /**
     * Writes the exception headers of a dead letter, replacing those of an earlier failure: the failure's class, its
     * root cause's class, the messages of the whole cause chain and a bounded stack trace. A listener's
     * {@link ListenerExecutionFailedException} is skipped for the exception the listener threw.
     *
     * @param isKey whether the key rather than the value could not be read (spring-kafka's {@code dlt-key-*} headers)
     */
    public static void putExceptionHeaders(Headers headers, Throwable error, boolean isKey) {
        Throwable reason = reasonOf(error);
        String fqcnHeader = isKey ? KafkaHeaders.DLT_KEY_EXCEPTION_FQCN : KafkaHeaders.DLT_EXCEPTION_FQCN;
        String messageHeader = isKey ? KafkaHeaders.DLT_KEY_EXCEPTION_MESSAGE : KafkaHeaders.DLT_EXCEPTION_MESSAGE;
        String stackTraceHeader = isKey ? KafkaHeaders.DLT_KEY_EXCEPTION_STACKTRACE
                : KafkaHeaders.DLT_EXCEPTION_STACKTRACE;
        for (String name : isKey ? List.of(fqcnHeader, messageHeader, stackTraceHeader) : VALUE_EXCEPTION_HEADERS) {
            headers.remove(name);
        }
        headers.add(fqcnHeader, utf8(reason.getClass().getName()));
        Throwable rootCause = rootCauseOf(reason);
        if (rootCause != reason && !isKey) {
            headers.add(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN, utf8(rootCause.getClass().getName()));
        }
        headers.add(messageHeader, utf8(truncate(describe(reason), MAX_MESSAGE_CHARS)));
        headers.add(stackTraceHeader, utf8(truncate(stackTrace(reason), MAX_STACKTRACE_CHARS)));
    }

    /** The exception that explains a failure: the one a listener threw rather than the container's wrapper. */
    static Throwable reasonOf(Throwable error) {
        return error instanceof ListenerExecutionFailedException && error.getCause() != null ? error.getCause() : error;
    }

    /** The message of the error and of each cause, so the reason survives wrapping. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable current : causeChain(error)) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(current.getMessage() == null ? current.getClass().getSimpleName() : current.getMessage());
        }
        return text.toString();
    }

    private static Throwable rootCauseOf(Throwable error) {
        List<Throwable> chain = causeChain(error);
        return chain.get(chain.size() - 1);
    }

    // A cause chain may loop (a → b → a); each exception is visited once.
    private static List<Throwable> causeChain(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable current = error; current != null && seen.add(current); current = current.getCause()) {
            chain.add(current);
        }
        return chain;
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static String truncate(String text, int maxChars) {
        return text.length() > maxChars ? text.substring(0, maxChars) : text;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
