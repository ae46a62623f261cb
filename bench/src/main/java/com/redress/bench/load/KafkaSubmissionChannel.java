package com.redress.bench.load;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.redress.contract.Topics;
import com.redress.events.intake.ChannelSubmission;
import com.redress.platform.serde.AvroSerializer;

/** The Kafka door: {@code ChannelSubmission}s in the Confluent wire format on {@code complaints.submitted}. */
public final class KafkaSubmissionChannel implements SubmissionChannel {

    private final ComplaintFactory factory;
    private final KafkaProducer<String, byte[]> producer;
    private final AvroSerializer<ChannelSubmission> serializer = new AvroSerializer<>();
    private final AtomicLong failures = new AtomicLong();

    public KafkaSubmissionChannel(String bootstrapServers, String schemaRegistryUrl, ComplaintFactory factory) {
        this.factory = factory;
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-kafka-channel");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put("schema.registry.url", schemaRegistryUrl);
        // a channel system only writes with a schema the owner of the topic has registered
        config.put("auto.register.schemas", false);
        serializer.configure(config, false);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public void submit(BenchComplaint complaint) {
        byte[] value = serializer.serialize(Topics.COMPLAINTS_SUBMITTED, factory.submission(complaint));
        producer.send(new ProducerRecord<>(Topics.COMPLAINTS_SUBMITTED, factory.submissionKey(complaint), value),
                (metadata, exception) -> {
                    if (exception != null) {
                        failures.incrementAndGet();
                    }
                });
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public long failures() {
        return failures.get();
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        serializer.close();
    }
}
