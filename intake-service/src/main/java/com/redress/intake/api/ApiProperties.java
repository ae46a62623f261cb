package com.redress.intake.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import com.redress.platform.web.ApiClients;
import com.redress.platform.web.ApiScope;

/**
 * Who may call the REST API, what each client may do, how much they may send and how often.
 *
 * @param apiKeySha256   per client id (a channel system, a case-handling system, an agents' desk), the SHA-256 (hex) of
 *                       its API keys: one, or several during a rotation (a comma-separated string or a list); the keys
 *                       themselves are never stored
 * @param scopes         per client id, what its keys may do ({@code submit}, {@code update}, {@code read}); a client
 *                       not named here may only submit complaints and read the status of the cases it submitted
 * @param maxRequestSize the largest request body accepted; larger ones get 413
 * @param rateLimit      how many requests each channel system may make; more get 429
 */
@ConfigurationProperties("redress.intake.api")
public record ApiProperties(
        @DefaultValue Map<String, List<String>> apiKeySha256,
        @DefaultValue Map<String, Set<ApiScope>> scopes,
        @DefaultValue("64KB") DataSize maxRequestSize,
        @DefaultValue RateLimit rateLimit) {

    public ApiProperties {
        apiKeySha256 = apiKeySha256.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
        scopes = scopes.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
    }

    /** The scope a client has when its configuration names none: a channel system's. */
    static final Set<ApiScope> DEFAULT_SCOPES = Set.of(ApiScope.SUBMIT);

    /** The clients and their scopes, as the platform's API-key authentication takes them. */
    ApiClients clients() {
        return new ApiClients("redress.intake.api", apiKeySha256, scopes, DEFAULT_SCOPES);
    }

    /** Fails at start-up on scopes given to a client that has no key: most likely a misspelt client id. */
    void validateScopes() {
        clients().validate();
    }

    /** What the keys of {@code client} may do. */
    public Set<ApiScope> scopesOf(String client) {
        return clients().scopesOf(client);
    }

    /**
     * A token bucket per channel system: it holds {@code burst} requests and refills at {@code requestsPerSecond}.
     *
     * @param requestsPerSecond the sustained rate of every channel system without an override
     * @param burst             how many requests a channel system may make at once after a quiet spell
     * @param systems           overrides by channel system id; what an override leaves out is the default
     */
    public record RateLimit(
            @DefaultValue("500") double requestsPerSecond,
            @DefaultValue("1000") long burst,
            @DefaultValue Map<String, SystemLimit> systems) {

        public RateLimit {
            systems = Map.copyOf(systems);
        }

        /** Fails at start-up, not on a system's first request, on a limit no bucket can have. */
        void validate() {
            new Limit(requestsPerSecond, burst);
            systems.keySet().forEach(this::limitOf);
        }

        /** The limit of {@code channelSystem}: its override, else the default. */
        public Limit limitOf(String channelSystem) {
            SystemLimit override = systems.get(channelSystem);
            if (override == null) {
                return new Limit(requestsPerSecond, burst);
            }
            return new Limit(override.requestsPerSecond() == null ? requestsPerSecond : override.requestsPerSecond(),
                    override.burst() == null ? burst : override.burst());
        }
    }

    /** One channel system's own rate or burst; {@code null} keeps the default. */
    public record SystemLimit(Double requestsPerSecond, Long burst) {
    }

    /**
     * One channel system's limit.
     *
     * @param requestsPerSecond sustained rate; below 1 allows one request every {@code 1 / requestsPerSecond} seconds
     * @param burst             bucket size, at least 1
     */
    public record Limit(double requestsPerSecond, long burst) {

        public Limit {
            if (!(requestsPerSecond > 0) || burst < 1) {
                throw new IllegalArgumentException("A rate limit needs requests-per-second > 0 and burst >= 1, not "
                        + requestsPerSecond + " and " + burst);
            }
        }
    }
}
