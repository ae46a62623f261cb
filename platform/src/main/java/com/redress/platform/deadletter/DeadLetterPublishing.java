package com.redress.platform.deadletter;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import com.redress.contract.Topics;

/**
 * Publishes records a listener gave up on to {@code <topic>.dlt} (partitioned by key) and counts them; owns the
 * producer it publishes with.
 */
public class DeadLetterPublishing implements ConsumerAwareRecordRecoverer, DisposableBean {

    private final DefaultKafkaProducerFactory<Object, Object> producerFactory;
    private final DeadLetterPublishingRecoverer recoverer;
    private final MeterRegistry meterRegistry;

    public DeadLetterPublishing(Map<String, Object> producerProperties, MeterRegistry meterRegistry) {
        Map<String, Object> properties = new HashMap<>(producerProperties);
        // dead letters go out on their own, outside any transaction of the listener that failed
        properties.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        DeadLetterSerializer keySerializer = new DeadLetterSerializer();
        keySerializer.configure(properties, true);
        DeadLetterSerializer valueSerializer = new DeadLetterSerializer();
        valueSerializer.configure(properties, false);
        this.producerFactory = new DefaultKafkaProducerFactory<>(properties, keySerializer, valueSerializer);
        this.recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producerFactory),
                (record, error) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        // spring-kafka's own message header would say only "failed to deserialize" for an unreadable record
        this.recoverer.setExceptionHeadersCreator(
                (headers, exception, isKey, names) -> DeadLetterRecords.putExceptionHeaders(headers, exception, isKey));
        this.meterRegistry = meterRegistry;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        recoverer.accept(record, consumer, exception);
        DeadLetterMetrics.count(meterRegistry, record.topic(), exception);
    }

    @Override
    public void destroy() {
        producerFactory.destroy();
    }
}
