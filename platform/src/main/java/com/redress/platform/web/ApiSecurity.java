package com.redress.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The parts each service's {@code SecurityFilterChain} is built from, so that every service refuses in the same way.
 * A chain starts with {@link #stateless}, adds {@link #apiKeys} where clients authenticate, and then says which
 * requests under {@code /api/} each scope may make, denying the rest there.
 */
public final class ApiSecurity {

    private ApiSecurity() {
    }

    /**
     * No sessions, cookies, CSRF tokens, login forms or saved requests (no client is a browser holding a session); a
     * request refused for want of authentication or permission is answered 403 in problem+json, until
     * {@link #apiKeys} asks for a key with 401 instead.
     */
    public static HttpSecurity stateless(HttpSecurity http, ProblemWriter problems) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, exception) ->
                                problems.write(response, Problems.forStatus(HttpStatus.FORBIDDEN.value())))
                        .accessDeniedHandler((request, response, exception) -> problems.write(response,
                                Problems.of(HttpStatus.FORBIDDEN, Problems.ACCESS_DENIED, "Access denied",
                                        "This API key may not make this request"))));
    }

    /**
     * Authenticates a request by the API key in {@value ApiKeyAuthentication#HEADER}: a key no client owns is
     * answered 403 at once; a request without a key that needs one, 401. The key is checked where Spring Security
     * authorises, before any servlet or controller sees the request.
     */
    public static HttpSecurity apiKeys(HttpSecurity http, AuthenticationProvider provider, ProblemWriter problems)
            throws Exception {
        AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(provider), ApiSecurity::apiKeyOf);
        filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        filter.setSuccessHandler((request, response, authentication) -> {
            // carry on along the chain: nothing to redirect to
        });
        filter.setFailureHandler((request, response, exception) -> problems.write(response,
                Problems.of(HttpStatus.FORBIDDEN, Problems.INVALID_API_KEY, "API key not accepted",
                        "The API key does not belong to any client")));
        return http.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, exception) ->
                        problems.write(response, Problems.forStatus(HttpStatus.UNAUTHORIZED.value()))))
                .addFilterBefore(filter, AuthorizationFilter.class);
    }

    private static ApiKeyAuthentication apiKeyOf(HttpServletRequest request) {
        String apiKey = request.getHeader(ApiKeyAuthentication.HEADER);
        return apiKey == null || apiKey.isBlank() ? null : ApiKeyAuthentication.unauthenticated(apiKey);
    }
}
