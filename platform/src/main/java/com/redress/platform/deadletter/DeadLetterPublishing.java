package com.redress.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import com.redress.contract.Topics;
import com.redress.platform.serde.MalformedRecordException;

/**
 * Publishes records a listener gave up on to {@code <topic>.dlt} (partitioned by key) and counts them; owns the
 * producer it publishes with.
 *
 * <p>A dead letter carries the original record's headers but for those in the namespaces written here
 * ({@code kafka_dlt-}, {@code redress_}, see {@link DeadLetterRecords#isReserved(String)}), then the failure and
 * origin headers, then the failure's reason codes in {@value DeadLetterReasons#HEADER} when a
 * {@link DeadLetterReasons} knows them. It is fitted to the producer's {@code max.request.size}
 * ({@link DeadLetterRecords#fitted(ProducerRecord, int)}); should the broker still refuse it as too large (a topic
 * with a lower {@code max.message.bytes}), it is sent again fitted to {@value #FALLBACK_MAX_RECORD_BYTES} bytes, so a
 * record near the size limit is dead-lettered instead of holding up its partition.
 */
public class DeadLetterPublishing implements ConsumerAwareRecordRecoverer, DisposableBean {

    /** The size a dead letter the broker refused as too large is fitted to for its second and last attempt. */
    static final int FALLBACK_MAX_RECORD_BYTES = 65_536;

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublishing.class);

    private final DefaultKafkaProducerFactory<Object, Object> producerFactory;
    private final DeadLetterPublishingRecoverer recoverer;
    private final MeterRegistry meterRegistry;
    private final List<DeadLetterReasons> reasons;

    public DeadLetterPublishing(Map<String, Object> producerProperties, MeterRegistry meterRegistry) {
        this(producerProperties, meterRegistry, List.of());
    }

    /**
     * @param reasons the services' mappings of failures to reason codes, asked in order before the platform's own
     */
    public DeadLetterPublishing(Map<String, Object> producerProperties, MeterRegistry meterRegistry,
            List<DeadLetterReasons> reasons) {
        Map<String, Object> properties = new HashMap<>(producerProperties);
        // dead letters go out on their own, outside any transaction of the listener that failed
        properties.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        DeadLetterSerializer keySerializer = new DeadLetterSerializer();
        keySerializer.configure(properties, true);
        DeadLetterSerializer valueSerializer = new DeadLetterSerializer();
        valueSerializer.configure(properties, false);
        this.producerFactory = new DefaultKafkaProducerFactory<>(properties, keySerializer, valueSerializer);
        this.recoverer = new FittingRecoverer(new KafkaTemplate<>(producerFactory), keySerializer, valueSerializer,
                maxRequestSize(properties));
        // spring-kafka's own message header would say only "failed to deserialize" for an unreadable record
        this.recoverer.setExceptionHeadersCreator(
                (headers, exception, isKey, names) -> DeadLetterRecords.putExceptionHeaders(headers, exception, isKey));
        this.recoverer.addHeadersFunction((record, exception) -> reasonHeaders(exception));
        this.meterRegistry = meterRegistry;
        List<DeadLetterReasons> all = new ArrayList<>(reasons);
        all.add(DeadLetterPublishing::serdeReasons);
        this.reasons = List.copyOf(all);
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        recoverer.accept(withoutReservedHeaders(record), consumer, exception);
        DeadLetterMetrics.count(meterRegistry, record.topic(), exception);
    }

    @Override
    public void destroy() {
        producerFactory.destroy();
    }

    /** The reason codes of {@code failure}: those the first mapping that knows it, or one of its causes, names. */
    List<String> reasonCodesOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable current = failure; current != null && seen.add(current); current = current.getCause()) {
            for (DeadLetterReasons mapping : reasons) {
                List<String> codes = mapping.codesOf(current);
                if (codes != null && !codes.isEmpty()) {
                    return codes;
                }
            }
        }
        return List.of();
    }

    private Headers reasonHeaders(Exception failure) {
        Headers headers = new RecordHeaders();
        List<String> codes = reasonCodesOf(failure);
        if (!codes.isEmpty()) {
            headers.add(DeadLetterReasons.HEADER, String.join(",", codes).getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static List<String> serdeReasons(Throwable failure) {
        return failure instanceof MalformedRecordException malformed ? List.of(malformed.reason()) : List.of();
    }

    // spring-kafka copies every header of the failed record onto the dead letter; this copy leaves out the reserved
    private static ConsumerRecord<?, ?> withoutReservedHeaders(ConsumerRecord<?, ?> record) {
        return new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.timestamp(),
                record.timestampType(), record.serializedKeySize(), record.serializedValueSize(), record.key(),
                record.value(), DeadLetterRecords.withoutReservedHeaders(record.headers()), record.leaderEpoch());
    }

    private static int maxRequestSize(Map<String, Object> properties) {
        Object configured = properties.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        return configured == null ? DeadLetterRecords.DEFAULT_MAX_RECORD_BYTES
                : Integer.parseInt(configured.toString().strip());
    }

    /**
     * spring-kafka's recoverer, serializing the dead letter itself so that it can be fitted to the size limit before
     * it is sent, and once more to a small size when the broker refuses it as too large.
     */
    private static final class FittingRecoverer extends DeadLetterPublishingRecoverer {

        private final DeadLetterSerializer keySerializer;
        private final DeadLetterSerializer valueSerializer;
        private final int maxRecordBytes;

        FittingRecoverer(KafkaOperations<Object, Object> template, DeadLetterSerializer keySerializer,
                DeadLetterSerializer valueSerializer, int maxRecordBytes) {
            super(template, (record, error) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
            this.keySerializer = keySerializer;
            this.valueSerializer = valueSerializer;
            this.maxRecordBytes = maxRecordBytes;
        }

        @Override
        protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record,
                TopicPartition topicPartition, Headers headers, byte[] key, byte[] value) {
            String topic = topicPartition.topic();
            // the deserializer's exception holds the raw bytes of what could not be read; otherwise write back what was
            byte[] keyBytes = key != null ? key : keySerializer.serialize(topic, record.key());
            byte[] valueBytes = value != null ? value : valueSerializer.serialize(topic, record.value());
            return asObjects(DeadLetterRecords.fitted(new ProducerRecord<>(topic,
                    topicPartition.partition() < 0 ? null : topicPartition.partition(), keyBytes, valueBytes,
                    headers), maxRecordBytes));
        }

        @Override
        protected void publish(ProducerRecord<Object, Object> outRecord, KafkaOperations<Object, Object> template,
                ConsumerRecord<?, ?> inRecord) {
            try {
                super.publish(outRecord, template, inRecord);
            } catch (RuntimeException e) {
                // spring-kafka reports a failed send as its own KafkaException, caused by the client's
                if (!causedByRecordTooLarge(e)) {
                    throw e;
                }
                log.warn("Dead letter of {}-{}@{} refused as too large; sending it again cut to {} bytes",
                        inRecord.topic(), inRecord.partition(), inRecord.offset(), FALLBACK_MAX_RECORD_BYTES);
                super.publish(asObjects(DeadLetterRecords.fitted(new ProducerRecord<>(outRecord.topic(),
                        outRecord.partition(), (byte[]) outRecord.key(), (byte[]) outRecord.value(),
                        outRecord.headers()), FALLBACK_MAX_RECORD_BYTES)), template, inRecord);
            }
        }

        private static ProducerRecord<Object, Object> asObjects(ProducerRecord<byte[], byte[]> record) {
            return new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(),
                    record.value(), record.headers());
        }

        private static boolean causedByRecordTooLarge(Throwable error) {
            Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Throwable current = error; current != null && seen.add(current); current = current.getCause()) {
                if (current instanceof RecordTooLargeException) {
                    return true;
                }
            }
            return false;
        }
    }
}
