package com.redress.sla.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.redress.events.intake.ComplaintRegistered;
import com.redress.sla.CaseEvents;
import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.sla.engine.SlaSerdes;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.mock.env.MockEnvironment;

class SlaStreamsConfigurationTest {

    private static final String SCOPE = "sla-streams-settings";

    @AfterEach
    void dropRegistry() {
        InMemorySchemaRegistryClient.dropScope(SCOPE);
    }

    @Test
    void shouldConfigureTheSerdesFromKafkaStreamsProperties() {
        // only under spring.kafka.streams.properties: the serdes must see them there
        KafkaProperties kafka = kafkaProperties(new MockEnvironment()
                .withProperty("spring.kafka.streams.properties.schema.registry.url", "mock://" + SCOPE)
                .withProperty("spring.kafka.streams.properties.auto.register.schemas", "true"));

        SlaSerdes serdes = new SlaStreamsConfiguration().slaSerdes(kafka);
        serdes.registered().serializer().serialize("complaints.registered",
                CaseEvents.registered("case-1", Instant.parse("2026-03-02T10:00:00Z")));

        assertThat(InMemorySchemaRegistryClient.forScope(SCOPE).latest("complaints.registered-value").schema())
                .isEqualTo(ComplaintRegistered.getClassSchema());
    }

    private static KafkaProperties kafkaProperties(MockEnvironment environment) {
        return new Binder(ConfigurationPropertySources.get(environment)).bind("spring.kafka", KafkaProperties.class)
                .orElseGet(KafkaProperties::new);
    }
}
