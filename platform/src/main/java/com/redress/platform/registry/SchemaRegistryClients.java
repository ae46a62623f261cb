package com.redress.platform.registry;

import java.util.Map;

/** Builds the {@link SchemaRegistryClient} that Kafka client properties ask for. */
public final class SchemaRegistryClients {

    private SchemaRegistryClients() {
    }

    /**
     * Returns a caching client of the registry named by {@code schema.registry.url}: the shared in-memory registry of
     * the scope for {@code mock://<scope>}, the HTTP client otherwise.
     *
     * @throws org.apache.kafka.common.config.ConfigException if the URL is missing or the settings are malformed
     */
    public static SchemaRegistryClient fromConfig(Map<String, ?> configs) {
        return fromConfig(SchemaRegistryClientConfig.from(configs));
    }

    /** Like {@link #fromConfig(Map)}, from settings already parsed. */
    public static SchemaRegistryClient fromConfig(SchemaRegistryClientConfig config) {
        SchemaRegistryClient registry = config.isMock()
                ? InMemorySchemaRegistryClient.forScope(config.mockScope())
                : new HttpSchemaRegistryClient(config);
        return new CachingSchemaRegistryClient(registry, config.latestCacheTtl());
    }
}
