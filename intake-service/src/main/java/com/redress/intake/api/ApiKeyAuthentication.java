package com.redress.intake.api;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * A client's API key, as sent ({@link #unauthenticated}) and once recognised ({@link #of}): then the principal is the
 * client's id (a channel or case-handling system), its authorities are its {@link ApiScope scopes}, and the key itself
 * is no longer held.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    /** The header a client sends its API key in. */
    static final String HEADER = "X-Api-Key";

    private final String channelSystem;
    private final String apiKey;

    private ApiKeyAuthentication(String channelSystem, String apiKey, Set<ApiScope> scopes) {
        super(authorities(scopes));
        this.channelSystem = channelSystem;
        this.apiKey = apiKey;
        setAuthenticated(channelSystem != null);
    }

    static ApiKeyAuthentication unauthenticated(String apiKey) {
        return new ApiKeyAuthentication(null, apiKey, Set.of());
    }

    static ApiKeyAuthentication of(String channelSystem, Set<ApiScope> scopes) {
        return new ApiKeyAuthentication(channelSystem, null, scopes);
    }

    /** Whether the authenticated client holds {@code scope}. */
    static boolean hasScope(Authentication authentication, ApiScope scope) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> scope.authority().equals(granted.getAuthority()));
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
        return channelSystem;
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
