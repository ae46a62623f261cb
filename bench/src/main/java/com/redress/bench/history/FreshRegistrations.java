package com.redress.bench.history;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.redress.platform.serde.AvroSerializer;

/** Registers new cases after the history, straight onto {@code complaints.registered}, as intake would write them. */
public final class FreshRegistrations implements AutoCloseable {

    private final HistoryGenerator history;
    private final KafkaProducer<String, SpecificRecord> producer;
    private final AtomicInteger registered = new AtomicInteger();

    public FreshRegistrations(HistoryGenerator history, String bootstrapServers, String schemaRegistryUrl) {
        this.history = history;
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "bench-history-fresh-cases", ProducerConfig.ACKS_CONFIG, "all",
                "schema.registry.url", schemaRegistryUrl, "auto.register.schemas", false);
        AvroSerializer<SpecificRecord> values = new AvroSerializer<>();
        values.configure(config, false);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), values);
    }

    /** Writes one new registration, received now, and returns its case id once the broker has it. */
    public String register() {
        HistoryRecord registration = history.freshRegistration(registered.getAndIncrement(), Instant.now());
        producer.send(new ProducerRecord<>(registration.topic(), null, registration.timestamp(),
                registration.caseId(), registration.value()));
        producer.flush();
        return registration.caseId();
    }

    @Override
    public void close() {
        producer.close();
    }
}
