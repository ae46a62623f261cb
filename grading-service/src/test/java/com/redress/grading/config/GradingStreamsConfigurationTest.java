package com.redress.grading.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.mock.env.MockEnvironment;

import com.redress.events.intake.ComplaintRegistered;
import com.redress.grading.Complaints;
import com.redress.grading.topology.GradingSerdes;
import com.redress.platform.registry.InMemorySchemaRegistryClient;

class GradingStreamsConfigurationTest {

    private static final String SCOPE = "grading-streams-settings";

    @AfterEach
    void dropRegistry() {
        InMemorySchemaRegistryClient.dropScope(SCOPE);
    }

    @Test
    void shouldConfigureTheSerdesFromKafkaStreamsProperties() {
        // only under spring.kafka.streams.properties: the serdes must see them there
        KafkaProperties kafka = new Binder(ConfigurationPropertySources.get(new MockEnvironment()
                .withProperty("spring.kafka.streams.properties.schema.registry.url", "mock://" + SCOPE)
                .withProperty("spring.kafka.streams.properties.auto.register.schemas", "true")))
                .bind("spring.kafka", KafkaProperties.class).orElseGet(KafkaProperties::new);

        GradingSerdes serdes = new GradingStreamsConfiguration().gradingSerdes(kafka);
        serdes.registered().serializer().serialize("complaints.registered", Complaints.registration("case-1").build());

        assertThat(InMemorySchemaRegistryClient.forScope(SCOPE).latest("complaints.registered-value").schema())
                .isEqualTo(ComplaintRegistered.getClassSchema());
    }
}
