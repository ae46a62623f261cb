package com.redress.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SchemaRegistryClientConfigTest {

    @Test
    void shouldExplainMissingRegistryUrl() {
        // Given
        Map<String, Object> configs = Map.of("bootstrap.servers", "127.0.0.1:9092");

        // When / Then
        assertThatThrownBy(() -> SchemaRegistryClientConfig.from(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Missing required configuration \"schema.registry.url\"")
                .hasMessageContaining("mock://<scope>");
    }

    @Test
    void shouldApplyDefaultsAndReadStringValuesAsKafkaPropertiesProvideThem() {
        // Given
        Map<String, Object> configs = Map.of(
                "schema.registry.url", "http://a:8081, http://b:8081",
                "schema.registry.retries", "5",
                "schema.registry.request.timeout.ms", "1500");

        // When
        SchemaRegistryClientConfig config = SchemaRegistryClientConfig.from(configs);

        // Then
        assertThat(config.urls()).containsExactly("http://a:8081", "http://b:8081");
        assertThat(config.retries()).isEqualTo(5);
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofMillis(1_500));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.latestCacheTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.credentialsSource()).isEqualTo(SchemaRegistryClientConfig.CredentialsSource.URL);
    }

    @Test
    void shouldKeepCredentialsOutOfItsTextualForm() {
        // Given
        SchemaRegistryClientConfig config = SchemaRegistryClientConfig.from(Map.of(
                "schema.registry.url", "https://svc:url-secret@registry:8081",
                "basic.auth.user.info", "svc:info-secret"));

        // When
        String text = config.toString();

        // Then
        assertThat(text).doesNotContain("url-secret").doesNotContain("info-secret").contains("https://registry:8081");
    }

    @Test
    void shouldRejectUnsupportedCredentialsSource() {
        // Given
        Map<String, Object> configs = Map.of(
                "schema.registry.url", "http://registry:8081",
                "basic.auth.credentials.source", "SASL_INHERIT");

        // When / Then
        assertThatThrownBy(() -> SchemaRegistryClientConfig.from(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("USER_INFO and URL");
    }

    @Test
    void shouldReadScopeOfMockUrl() {
        // Given
        SchemaRegistryClientConfig config = SchemaRegistryClientConfig.from(
                Map.of("schema.registry.url", "mock://grading-topology"));

        // When / Then
        assertThat(config.isMock()).isTrue();
        assertThat(config.mockScope()).isEqualTo("grading-topology");
    }
}
