package com.redress.platform.deadletter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>A dead letter keeps the original record's headers except those in the namespaces the dead-lettering service
 * writes itself, {@code kafka_dlt-} and {@code redress_} in any case ({@link #isReserved(String)}): a producer could
 * otherwise plant a forged failure reason or origin ahead of the real one. And a dead letter never grows beyond what
 * the broker takes ({@link #fitted(ProducerRecord, int)}): a record near the size limit would otherwise fail to be
 * dead-lettered forever, holding up its partition.
 */
public final class DeadLetterRecords {

    static final int MAX_MESSAGE_CHARS = 4_000;
    static final int MAX_STACKTRACE_CHARS = 4_000;
    /** The producer's default {@code max.request.size}: the largest record a dead letter may be unless told more. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1_048_576;

    /** Header of a dead letter whose value was cut to fit: the original value's length in bytes. */
    public static final String VALUE_TRUNCATED_HEADER = "redress_value-truncated";
    /** Header of a dead letter that had to leave out the original record's headers: how many it left out. */
    public static final String HEADERS_DROPPED_HEADER = "redress_headers-dropped";
    /** Header of a dead letter whose key was cut to fit: the original key's length in bytes. */
    public static final String KEY_TRUNCATED_HEADER = "redress_key-truncated";

    /** Namespaces of header names that only the dead-lettering service writes, compared ignoring case. */
    static final List<String> RESERVED_HEADER_PREFIXES = List.of("kafka_dlt-", "redress_");

    private static final byte[] EMPTY = new byte[0];
    // Kafka's record batch overhead, and a record's fixed fields at their widest (attributes, timestamp and offset
    // deltas, lengths as varints): an upper bound, so a record this estimate admits the producer admits too
    private static final int BATCH_OVERHEAD_BYTES = 61;
    private static final int RECORD_OVERHEAD_BYTES = 21;
    private static final int VARINT_BYTES = 5;

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
        return of(sourceTopic, partition, offset, timestamp, key, value, originalHeaders, error,
                DEFAULT_MAX_RECORD_BYTES);
    }

    /** As {@link #of(String, int, long, long, byte[], byte[], Headers, Exception)}, no larger than {@code maxBytes}. */
    public static ProducerRecord<byte[], byte[]> of(String sourceTopic, int partition, long offset, long timestamp,
            byte[] key, byte[] value, Headers originalHeaders, Exception error, int maxBytes) {
        Headers headers = withoutReservedHeaders(originalHeaders);
        headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, utf8(sourceTopic));
        headers.add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(partition).array());
        headers.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(offset).array());
        headers.add(KafkaHeaders.DLT_ORIGINAL_TIMESTAMP, ByteBuffer.allocate(Long.BYTES).putLong(timestamp).array());
        putExceptionHeaders(headers, error, false);
        return fitted(new ProducerRecord<>(Topics.deadLetterOf(sourceTopic), null, key, value, headers), maxBytes);
    }

    /** Whether {@code headerName} is in a namespace only the dead-lettering service writes ({@code kafka_dlt-}, {@code redress_}, any case). */
    public static boolean isReserved(String headerName) {
        for (String prefix : RESERVED_HEADER_PREFIXES) {
            if (headerName.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** A copy of {@code original} without its reserved headers ({@link #isReserved(String)}), the others in order. */
    public static Headers withoutReservedHeaders(Headers original) {
        Headers headers = new RecordHeaders();
        if (original != null) {
            for (Header header : original) {
                if (!isReserved(header.key())) {
                    headers.add(header);
                }
            }
        }
        return headers;
    }

    /**
     * {@code deadLetter}, or if it could be larger than {@code maxBytes} a copy that is not, saying in headers what it
     * left out: first the value is cut to its first bytes ({@value #VALUE_TRUNCATED_HEADER}: the original length);
     * if even an empty value leaves it too large, the original record's headers are left out
     * ({@value #HEADERS_DROPPED_HEADER}: how many) and the value gets what room there is; last, the key is cut
     * ({@value #KEY_TRUNCATED_HEADER}). The failure and origin headers always stay.
     */
    public static ProducerRecord<byte[], byte[]> fitted(ProducerRecord<byte[], byte[]> deadLetter, int maxBytes) {
        byte[] key = deadLetter.key();
        byte[] value = deadLetter.value();
        if (sizeUpperBound(key, value, deadLetter.headers()) <= maxBytes) {
            return deadLetter;
        }
        Headers headers = new RecordHeaders(deadLetter.headers().toArray());
        if (value != null) {
            headers.add(VALUE_TRUNCATED_HEADER, utf8(Integer.toString(value.length)));
        }
        int room = maxBytes - sizeUpperBound(key, EMPTY, headers);
        if (room < 0) {
            Header[] original = headers.toArray();
            long dropped = Arrays.stream(original).filter(header -> !isReserved(header.key())).count();
            if (dropped > 0) {
                headers = new RecordHeaders();
                for (Header header : original) {
                    if (isReserved(header.key())) {
                        headers.add(header);
                    }
                }
                headers.add(HEADERS_DROPPED_HEADER, utf8(Long.toString(dropped)));
                room = maxBytes - sizeUpperBound(key, EMPTY, headers);
            }
        }
        if (room < 0 && key != null) {
            headers.add(KEY_TRUNCATED_HEADER, utf8(Integer.toString(key.length)));
            int keyRoom = maxBytes - sizeUpperBound(EMPTY, EMPTY, headers);
            key = Arrays.copyOf(key, Math.max(0, Math.min(keyRoom, key.length)));
            room = maxBytes - sizeUpperBound(key, EMPTY, headers);
        }
        if (value != null) {
            int kept = Math.max(0, Math.min(room, value.length));
            if (kept == value.length) {
                headers.remove(VALUE_TRUNCATED_HEADER);
            } else {
                value = Arrays.copyOf(value, kept);
            }
        }
        return new ProducerRecord<>(deadLetter.topic(), deadLetter.partition(), deadLetter.timestamp(), key, value,
                headers);
    }

    /** At least the bytes a record of this key, value and headers takes in a batch of its own, as the producer counts. */
    static int sizeUpperBound(byte[] key, byte[] value, Headers headers) {
        long size = BATCH_OVERHEAD_BYTES + RECORD_OVERHEAD_BYTES + 3L * VARINT_BYTES
                + (key == null ? 0 : key.length) + (value == null ? 0 : value.length);
        for (Header header : headers) {
            size += 2L * VARINT_BYTES + utf8(header.key()).length + (header.value() == null ? 0 : header.value().length);
        }
        return (int) Math.min(Integer.MAX_VALUE, size);
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
