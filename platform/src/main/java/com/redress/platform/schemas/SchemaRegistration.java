package com.redress.platform.schemas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;
import com.redress.platform.registry.SchemaRegistryClient;

/**
 * Registers the value schema of every topic a service writes under {@code <topic>-value}; the registry's
 * compatibility rule decides whether the service may start with it.
 */
public final class SchemaRegistration {

    private static final Logger log = LoggerFactory.getLogger(SchemaRegistration.class);

    private final SchemaRegistryClient registry;

    public SchemaRegistration(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    /**
     * Registers each produced topic's value schema.
     *
     * @return the schema id per subject
     * @throws IllegalStateException naming the subject when the registry refuses a schema, or naming the topic when
     *     it is not in the catalog
     */
    public Map<String, Integer> registerValueSchemas(List<String> producedTopics) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String topic : producedTopics) {
            TopicSpec spec = Topics.find(topic.strip()).orElseThrow(() -> new IllegalStateException(
                    "Topic '" + topic.strip() + "' is not in the topic catalog; its schema cannot be registered"));
            if (spec.isDeadLetter()) {
                // dead letters are the original raw bytes: there is no schema of their own to register
                continue;
            }
            Schema schema = spec.valueSchema();
            String subject = topic.strip() + "-value";
            try {
                int id = registry.register(subject, schema);
                ids.put(subject, id);
                log.info("Schema {} registered under {} with id {}", schema.getFullName(), subject, id);
            } catch (RuntimeException e) {
                throw new IllegalStateException("The schema registry refused " + schema.getFullName() + " under "
                        + subject + ": " + e.getMessage(), e);
            }
        }
        return ids;
    }
}
