package com.redress.bench.history;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.redress.platform.serde.AvroSerializer;

/**
 * Writes a {@link HistoryGenerator}'s cases onto their topics as fast as the broker takes them: a loader, not part of
 * what is measured, so it batches (large batches, lingering, lz4) where the services send one record at a time. Keys
 * are case ids, so each case's events land on one partition of each topic, spread by the default partitioner; values
 * are in the Confluent wire format under the schemas the services registered.
 */
public final class HistoryLoader {

    /** What went onto the topics and how long it took. */
    public record Loaded(int cases, long records, long bytes, long millis) {

        public double recordsPerSecond() {
            return records * 1000.0 / Math.max(1, millis);
        }

        public double casesPerSecond() {
            return cases * 1000.0 / Math.max(1, millis);
        }
    }

    private static final int GENERATOR_THREADS = 2;
    private static final long PROGRESS_EVERY_MILLIS = 15_000;

    private final String bootstrapServers;
    private final String schemaRegistryUrl;

    public HistoryLoader(String bootstrapServers, String schemaRegistryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.schemaRegistryUrl = schemaRegistryUrl;
    }

    public Loaded load(HistoryGenerator history) throws InterruptedException {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-history-loader");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 50);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 256L * 1024 * 1024);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
        config.put("schema.registry.url", schemaRegistryUrl);
        config.put("auto.register.schemas", false);
        AtomicLong records = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicInteger nextCase = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.currentTimeMillis();
        try (AvroSerializer<SpecificRecord> serializer = new AvroSerializer<>();
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                        new ByteArraySerializer())) {
            serializer.configure(config, false);
            Runnable generate = () -> {
                for (int sequence = nextCase.getAndIncrement(); sequence < history.cases() && failure.get() == null;
                        sequence = nextCase.getAndIncrement()) {
                    for (HistoryRecord record : history.recordsOf(sequence)) {
                        byte[] value = serializer.serialize(record.topic(), record.value());
                        bytes.addAndGet(value.length);
                        producer.send(new ProducerRecord<>(record.topic(), null, record.timestamp(), record.caseId(),
                                value), (metadata, exception) -> {
                                    if (exception != null) {
                                        failure.compareAndSet(null, exception);
                                    }
                                });
                        records.incrementAndGet();
                    }
                }
            };
            Thread[] generators = new Thread[GENERATOR_THREADS];
            for (int i = 0; i < generators.length; i++) {
                generators[i] = new Thread(generate, "bench-history-generator-" + i);
                generators[i].start();
            }
            for (Thread generator : generators) {
                while (generator.isAlive()) {
                    generator.join(PROGRESS_EVERY_MILLIS);
                    if (generator.isAlive()) {
                        long elapsed = System.currentTimeMillis() - start;
                        System.out.printf(Locale.ROOT, "  %,d of %,d cases sent (%,.0f records/s)%n",
                                Math.min(nextCase.get(), history.cases()), history.cases(),
                                records.get() * 1000.0 / elapsed);
                    }
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Loading the history failed", failure.get());
        }
        return new Loaded(history.cases(), records.get(), bytes.get(), System.currentTimeMillis() - start);
    }
}
