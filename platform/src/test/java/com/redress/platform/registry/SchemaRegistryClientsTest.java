package com.redress.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SchemaRegistryClientsTest {

    private static final Schema SCHEMA = SchemaBuilder.record("CaseOpened").namespace("com.redress.test").fields()
            .requiredString("caseId").endRecord();

    @Test
    void shouldResolveMockUrlToTheSharedRegistryOfItsScope() {
        // Given
        String scope = "clients-test-" + System.nanoTime();
        SchemaRegistryClient writer = SchemaRegistryClients.fromConfig(Map.of("schema.registry.url", "mock://" + scope));
        SchemaRegistryClient reader = SchemaRegistryClients.fromConfig(Map.of("schema.registry.url", "mock://" + scope));

        try {
            // When
            int id = writer.register("cases-value", SCHEMA);

            // Then
            assertThat(reader.byId(id)).isEqualTo(SCHEMA);
            assertThat(InMemorySchemaRegistryClient.forScope(scope).latest("cases-value").id()).isEqualTo(id);
        } finally {
            InMemorySchemaRegistryClient.dropScope(scope);
        }
    }

    @Test
    void shouldCacheHttpClientForHttpUrl() {
        // Given / When
        SchemaRegistryClient client = SchemaRegistryClients.fromConfig(
                Map.of("schema.registry.url", "http://127.0.0.1:8081"));

        // Then
        assertThat(client).isInstanceOf(CachingSchemaRegistryClient.class);
    }

    @Test
    void shouldRejectMockUrlMixedWithOthers() {
        assertThatThrownBy(() -> SchemaRegistryClients.fromConfig(
                Map.of("schema.registry.url", "mock://a,http://127.0.0.1:8081")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("exactly one URL of the form mock://<scope>");
    }

    @Test
    void shouldRejectUrlThatIsNotHttp() {
        assertThatThrownBy(() -> SchemaRegistryClients.fromConfig(Map.of("schema.registry.url", "registry:8081")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("expected http://host:port");
    }
}
