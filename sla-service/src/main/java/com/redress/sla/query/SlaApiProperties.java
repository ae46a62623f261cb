package com.redress.sla.query;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.redress.platform.web.ApiClients;
import com.redress.platform.web.ApiScope;

/**
 * Who may call the query API. Each client is named with its scopes; only {@code read} opens the API.
 *
 * @param apiKeySha256 per client id (an agents' or hotline desk, a dashboard), the SHA-256 (hex) of its API keys: one,
 *                     or several during a rotation (a comma-separated string or a list); the keys themselves are
 *                     never stored
 * @param scopes       per client id, what its keys may do; every client with a key must be named here
 */
@ConfigurationProperties("redress.sla.api")
public record SlaApiProperties(
        @DefaultValue Map<String, List<String>> apiKeySha256,
        @DefaultValue Map<String, Set<ApiScope>> scopes) {

    /** The clients and their scopes; there is no default scope. */
    ApiClients clients() {
        return new ApiClients("redress.sla.api", apiKeySha256, scopes, Set.of());
    }
}
