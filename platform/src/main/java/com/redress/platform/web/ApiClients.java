package com.redress.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The clients a service admits by API key and what each may do, as a service's properties configure them under
 * {@code <prefix>.api-key-sha256.<client>} and {@code <prefix>.scopes.<client>}.
 *
 * @param prefix        the services' property prefix, e.g. {@code redress.sla.api}, to name in error messages
 * @param apiKeySha256  per client, the hex SHA-256 of its keys (several during a rotation)
 * @param scopes        per client, what its keys may do
 * @param defaultScopes what a client whose scopes are not configured may do; empty when every client must be granted
 *                      its scopes explicitly
 */
public record ApiClients(String prefix, Map<String, List<String>> apiKeySha256, Map<String, Set<ApiScope>> scopes,
        Set<ApiScope> defaultScopes) {

    public ApiClients {
        apiKeySha256 = apiKeySha256.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
        scopes = scopes.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
        defaultScopes = Set.copyOf(defaultScopes);
    }

    /**
     * Fails at start-up on scopes given to a client that has no key (most likely a misspelt client id), on a client
     * granted no scope, and, where there is no default, on a client with keys but no scopes.
     */
    public void validate() {
        scopes.forEach((client, granted) -> {
            if (!apiKeySha256.containsKey(client)) {
                throw new IllegalArgumentException(prefix + ".scopes names client " + client
                        + ", which has no key under " + prefix + ".api-key-sha256");
            }
            if (granted.isEmpty()) {
                throw new IllegalArgumentException(prefix + ".scopes." + client
                        + " is empty; remove the client's keys instead of leaving it without scopes");
            }
        });
        if (defaultScopes.isEmpty()) {
            apiKeySha256.keySet().stream().filter(client -> !scopes.containsKey(client)).findFirst()
                    .ifPresent(client -> {
                        throw new IllegalArgumentException(prefix + ".api-key-sha256." + client + " has no scopes; "
                                + "grant them under " + prefix + ".scopes." + client);
                    });
        }
    }

    /** What the keys of {@code client} may do. */
    public Set<ApiScope> scopesOf(String client) {
        return scopes.getOrDefault(client, defaultScopes);
    }

    /** The keys, checked: fails on a value that is no SHA-256 or a key given to two clients. */
    public ApiKeys keys() {
        return new ApiKeys(prefix + ".api-key-sha256", apiKeySha256);
    }
}
