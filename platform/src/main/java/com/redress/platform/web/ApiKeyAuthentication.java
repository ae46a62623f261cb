package com.redress.platform.web;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * A client's API key, as sent ({@link #unauthenticated}) and once recognised ({@link #of}): then the principal is the
 * client's id (a channel or case-handling system, a desk), its authorities are its {@link ApiScope scopes}, and the
 * key itself is no longer held.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    /** The header a client sends its API key in. */
    public static final String HEADER = "X-Api-Key";

    private final String client;
    private final String apiKey;

    private ApiKeyAuthentication(String client, String apiKey, Set<ApiScope> scopes) {
        super(authorities(scopes));
        this.client = client;
        this.apiKey = apiKey;
        setAuthenticated(client != null);
    }

    public static ApiKeyAuthentication unauthenticated(String apiKey) {
        return new ApiKeyAuthentication(null, apiKey, Set.of());
    }

    public static ApiKeyAuthentication of(String client, Set<ApiScope> scopes) {
        return new ApiKeyAuthentication(client, null, scopes);
    }

    /** Whether the authenticated client holds {@code scope}. */
    public static boolean hasScope(Authentication authentication, ApiScope scope) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> scope.authority().equals(granted.getAuthority()));
    }

    /** The client {@code authentication} names when it is an API key recognised, else {@code null}. */
    public static String clientOf(Authentication authentication) {
        return authentication instanceof ApiKeyAuthentication apiKey && apiKey.isAuthenticated()
                ? apiKey.client
                : null;
    }

    private static Collection<GrantedAuthority> authorities(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::grantedAuthority).toList();
    }

    @Override
    public Object getCredentials() {
        return apiKey;
    }

    @Override
    public Object getPrincipal() {
        return client;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
