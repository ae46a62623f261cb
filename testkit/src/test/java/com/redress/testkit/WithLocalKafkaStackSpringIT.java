package com.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

// @SpringBootTest comes first and PER_CLASS builds the Spring context before any beforeAll
// callback: only the context customizer of @WithLocalKafkaStack can supply the properties here.
@SpringBootTest(classes = WithLocalKafkaStackSpringIT.NoBeans.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@WithLocalKafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WithLocalKafkaStackSpringIT {

    @Autowired
    ConfigurableEnvironment environment;

    @Test
    void shouldPointSpringKafkaAtTheSharedStackWhateverTheAnnotationOrder(LocalKafkaStack stack) {
        assertThat(environment.getPropertySources().contains(LocalKafkaStackContextCustomizer.PROPERTY_SOURCE_NAME))
                .isTrue();
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(stack.bootstrapServers());
        assertThat(environment.getProperty("spring.kafka.properties.schema.registry.url"))
                .isEqualTo(stack.schemaRegistryUrl());
    }

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }
}
