package com.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The broker's own lifecycle beyond start and stop: a restart that keeps the data, and SASL/PLAIN clients. */
class KafkaBrokerIT {

    private static final String TOPIC = "testkit.broker";

    @Test
    void shouldKeepRecordsAndPortAcrossARestart() throws Exception {
        try (KafkaBroker broker = new KafkaBroker().start()) {
            // Given a record written before the restart
            String bootstrap = broker.bootstrapServers();
            Map<String, Object> client = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            createTopic(client);
            produce(client, "before");

            // When the broker restarts
            broker.restart();

            // Then it listens where it did, still has that record and takes new ones
            assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
            produce(client, "after");
            assertThat(consumeAll(client)).containsExactly("before", "after");
        }
    }

    @Test
    void shouldAcceptOnlyClientsWithTheSaslCredentials() throws Exception {
        BrokerSecurity security = BrokerSecurity.saslPlain("redress-service", "service-secret");
        try (KafkaBroker broker = new KafkaBroker(PortRequest.anyFree(), security).start()) {
            // Given clients with the broker's SASL settings
            Map<String, Object> client = new HashMap<>(security.clientProperties());
            client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());

            // When they write and read
            createTopic(client);
            produce(client, "authenticated");

            // Then the record arrives, while a client with a wrong password is refused
            assertThat(consumeAll(client)).containsExactly("authenticated");
            Map<String, Object> intruder = new HashMap<>(client);
            intruder.putAll(BrokerSecurity.saslPlain("redress-service", "guess").clientProperties());
            try (Admin admin = Admin.create(intruder)) {
                assertThatThrownBy(() -> admin.listTopics().names().get())
                        .isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(SaslAuthenticationException.class);
            }
        }
    }

    private static void createTopic(Map<String, Object> client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
    }

    private static void produce(Map<String, Object> client, String value) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, "case", value)).get();
        }
    }

    private static List<String> consumeAll(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<String> values = new ArrayList<>();
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofSeconds(1)).forEach(record -> values.add(record.value()));
            }
            return values;
        }
    }
}
