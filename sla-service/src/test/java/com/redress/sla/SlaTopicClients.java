package com.redress.sla;

import java.util.HashMap;
import java.util.Map;

import com.redress.contract.Topics;
import com.redress.platform.serde.AvroSerdeConfig;
import com.redress.platform.serde.AvroSerializer;
import com.redress.testkit.LocalKafkaStack;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What an integration test needs to play the services upstream of SLA: their topics and a producer of case events. */
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
}
