package com.redress.sla;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.redress.contract.Topics;
import com.redress.events.sla.SlaEvent;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.platform.serde.AvroSerdeConfig;
import com.redress.platform.serde.AvroSerializer;
import com.redress.testkit.LocalKafkaStack;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The clients an integration test plays the other services with: a producer of case events, a reader of SLA events. */
final class SlaTopicClients {

    private SlaTopicClients() {
    }

    /** Creates the topics the SLA service reads and writes: the producing services declare them in the suite. */
    static void createTopics(LocalKafkaStack stack) {
        stack.createTopics(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_GRADED, Topics.COMPLAINTS_UPDATES,
                Topics.SLA_EVENTS);
    }

    /** A producer of the SLA service's input events, registering their schemas as the producing services do. */
    static KafkaProducer<String, SpecificRecord> caseEventProducer(LocalKafkaStack stack) {
        Map<String, Object> config = new HashMap<>(stack.clientProperties());
        config.put(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, true);
        AvroSerializer<SpecificRecord> serializer = new AvroSerializer<>();
        serializer.configure(config, false);
        return new KafkaProducer<>(config, new StringSerializer(), serializer);
    }

    /** A reader of the committed events on {@code sla.events} from the beginning, in a group of its own. */
    static KafkaConsumer<String, SlaEvent> slaEventReader(LocalKafkaStack stack, String groupPrefix) {
        Map<String, Object> config = new HashMap<>(stack.clientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, true);
        AvroDeserializer<SlaEvent> deserializer = new AvroDeserializer<>();
        deserializer.configure(config, false);
        KafkaConsumer<String, SlaEvent> consumer = new KafkaConsumer<>(config, new StringDeserializer(), deserializer);
        consumer.subscribe(List.of(Topics.SLA_EVENTS));
        return consumer;
    }
}
