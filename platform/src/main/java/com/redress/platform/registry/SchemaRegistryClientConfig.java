package com.redress.platform.registry;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * How to reach the schema registry, parsed from Kafka client properties with Confluent's key names where they exist.
 *
 * @param urls the registry base URLs, tried in order with fail-over; {@code mock://<scope>} selects the in-memory
 *     registry of that scope
 * @param credentialsSource where basic-auth credentials come from
 * @param userInfo {@code user:password} for basic auth when {@code credentialsSource} is {@code USER_INFO}
 * @param connectTimeout how long to wait for a TCP connection
 * @param requestTimeout how long to wait for a whole answer
 * @param retries how many times a failed call (IO error, HTTP 5xx or 429) is retried; 4xx is never retried
 * @param retryBackoff the wait before the first retry, doubled for each further one
 * @param retryBackoffMax the upper bound of the wait between retries
 * @param latestCacheTtl how long {@link SchemaRegistryClient#latest(String)} answers are cached
 */
public record SchemaRegistryClientConfig(
        List<String> urls,
        CredentialsSource credentialsSource,
        Optional<Password> userInfo,
        Duration connectTimeout,
        Duration requestTimeout,
        int retries,
        Duration retryBackoff,
        Duration retryBackoffMax,
        Duration latestCacheTtl) {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String CONNECT_TIMEOUT_MS = "schema.registry.connect.timeout.ms";
    public static final String REQUEST_TIMEOUT_MS = "schema.registry.request.timeout.ms";
    public static final String RETRIES = "schema.registry.retries";
    public static final String RETRY_BACKOFF_MS = "schema.registry.retry.backoff.ms";
    public static final String RETRY_BACKOFF_MAX_MS = "schema.registry.retry.backoff.max.ms";
    public static final String LATEST_CACHE_TTL_MS = "schema.registry.latest.cache.ttl.ms";

    /** The scheme of in-memory registries, as in Confluent's {@code mock://<scope>}. */
    public static final String MOCK_URL_PREFIX = "mock://";

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(SCHEMA_REGISTRY_URL, Type.LIST, null, Importance.HIGH,
                    "Comma-separated base URLs of the schema registry, or mock://<scope> for an in-memory one.")
            .define(BASIC_AUTH_CREDENTIALS_SOURCE, Type.STRING, null, Importance.MEDIUM,
                    "USER_INFO (credentials from basic.auth.user.info) or URL (credentials in the URL's user info).")
            .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, null, Importance.MEDIUM,
                    "Basic-auth credentials as user:password.")
            .define(CONNECT_TIMEOUT_MS, Type.INT, 5_000, Range.atLeast(1), Importance.LOW,
                    "Connect timeout for registry calls.")
            .define(REQUEST_TIMEOUT_MS, Type.INT, 10_000, Range.atLeast(1), Importance.LOW,
                    "Timeout of one registry call, from sending the request to receiving the whole answer.")
            .define(RETRIES, Type.INT, 2, Range.atLeast(0), Importance.LOW,
                    "Retries of a registry call after an IO error, HTTP 5xx or 429.")
            .define(RETRY_BACKOFF_MS, Type.LONG, 100L, Range.atLeast(0), Importance.LOW,
                    "Wait before the first retry; doubled for each further retry.")
            .define(RETRY_BACKOFF_MAX_MS, Type.LONG, 2_000L, Range.atLeast(0), Importance.LOW,
                    "Upper bound of the wait between retries.")
            .define(LATEST_CACHE_TTL_MS, Type.LONG, 30_000L, Range.atLeast(0), Importance.LOW,
                    "How long the latest version of a subject is cached.");

    /** Where basic-auth credentials come from, named as in Confluent's {@code basic.auth.credentials.source}. */
    public enum CredentialsSource {
        /** From {@code basic.auth.user.info}. */
        USER_INFO,
        /** From the user-info part of each registry URL ({@code http://user:password@host:8081}). */
        URL
    }

    public SchemaRegistryClientConfig {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, urls, "at least one registry URL is required");
        }
        if (credentialsSource == CredentialsSource.USER_INFO && userInfo.isEmpty()) {
            throw new ConfigException(BASIC_AUTH_USER_INFO, null,
                    BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO requires user:password in " + BASIC_AUTH_USER_INFO);
        }
    }

    /**
     * Parses the registry settings out of Kafka client properties, ignoring unrelated keys.
     *
     * @throws ConfigException if {@code schema.registry.url} is missing or a value is malformed
     */
    public static SchemaRegistryClientConfig from(Map<String, ?> configs) {
        Map<String, Object> parsed = DEFINITION.parse(configs);
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) parsed.get(SCHEMA_REGISTRY_URL);
        if (urls == null || urls.isEmpty()) {
            throw new ConfigException("Missing required configuration \"" + SCHEMA_REGISTRY_URL
                    + "\": set it to the schema registry's base URL (e.g. http://schema-registry:8081), "
                    + "or to mock://<scope> for an in-memory registry in tests");
        }
        Optional<Password> userInfo = Optional.ofNullable((Password) parsed.get(BASIC_AUTH_USER_INFO));
        return new SchemaRegistryClientConfig(
                urls,
                credentialsSource((String) parsed.get(BASIC_AUTH_CREDENTIALS_SOURCE), userInfo),
                userInfo,
                Duration.ofMillis((Integer) parsed.get(CONNECT_TIMEOUT_MS)),
                Duration.ofMillis((Integer) parsed.get(REQUEST_TIMEOUT_MS)),
                (Integer) parsed.get(RETRIES),
                Duration.ofMillis((Long) parsed.get(RETRY_BACKOFF_MS)),
                Duration.ofMillis((Long) parsed.get(RETRY_BACKOFF_MAX_MS)),
                Duration.ofMillis((Long) parsed.get(LATEST_CACHE_TTL_MS)));
    }

    /** Whether the URL names an in-memory registry ({@code mock://<scope>}). */
    public boolean isMock() {
        return urls.stream().anyMatch(url -> url.startsWith(MOCK_URL_PREFIX));
    }

    /** The scope of the in-memory registry named by a single {@code mock://<scope>} URL. */
    public String mockScope() {
        if (urls.size() != 1 || !isMock()) {
            throw new ConfigException("Invalid " + SCHEMA_REGISTRY_URL
                    + ": an in-memory registry is named by exactly one URL of the form mock://<scope>");
        }
        return urls.get(0).substring(MOCK_URL_PREFIX.length());
    }

    /** Shows the URLs without their user info, so that credentials never reach a log. */
    @Override
    public String toString() {
        return "SchemaRegistryClientConfig[urls=" + urls.stream().map(RegistryEndpoint::redact).toList()
                + ", credentialsSource=" + credentialsSource
                + ", userInfo=" + userInfo.map(ignored -> "[hidden]").orElse("none")
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", retries=" + retries + ", retryBackoff=" + retryBackoff + ", retryBackoffMax=" + retryBackoffMax
                + ", latestCacheTtl=" + latestCacheTtl + "]";
    }

    // Like Confluent, an explicit source wins; unlike Confluent, user info alone is enough to enable basic auth.
    private static CredentialsSource credentialsSource(String configured, Optional<Password> userInfo) {
        if (configured == null) {
            return userInfo.isPresent() ? CredentialsSource.USER_INFO : CredentialsSource.URL;
        }
        try {
            return CredentialsSource.valueOf(configured.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unsupported) {
            throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE, configured,
                    "supported values are USER_INFO and URL");
        }
    }
}
