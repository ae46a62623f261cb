package com.redress.platform.registry;

import com.redress.platform.registry.SchemaRegistryClientConfig.CredentialsSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * One registry base URL, stripped of credentials, with the {@code Authorization} header to send to it.
 *
 * @param baseUri the base URL without user info and without a trailing slash, e.g.
 *     {@code http://127.0.0.1:8080/apis/ccompat/v7}
 * @param authorization the value of the {@code Authorization} header, if basic auth is configured
 */
record RegistryEndpoint(URI baseUri, Optional<String> authorization) {

    static List<RegistryEndpoint> fromConfig(SchemaRegistryClientConfig config) {
        return config.urls().stream().map(url -> parse(url, config)).toList();
    }

    /** The URL as it may appear in logs and messages: without user info. */
    static String redact(String url) {
        try {
            return withoutUserInfo(new URI(url.trim())).toString();
        } catch (URISyntaxException malformed) {
            return "<malformed URL>";
        }
    }

    URI resolve(String pathAndQuery) {
        return URI.create(baseUri + pathAndQuery);
    }

    @Override
    public String toString() {
        return baseUri.toString();
    }

    private static RegistryEndpoint parse(String url, SchemaRegistryClientConfig config) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException malformed) {
            throw new ConfigException("Invalid " + SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL + " "
                    + redact(url) + ": not a URL");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            throw new ConfigException("Invalid " + SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL + " "
                    + redact(url) + ": expected http://host:port[/path] or https://host:port[/path]");
        }
        return new RegistryEndpoint(withoutUserInfo(uri), authorization(uri, config));
    }

    private static Optional<String> authorization(URI uri, SchemaRegistryClientConfig config) {
        Optional<String> userInfo = config.credentialsSource() == CredentialsSource.USER_INFO
                ? config.userInfo().map(password -> password.value())
                : Optional.ofNullable(uri.getRawUserInfo())
                        .map(raw -> URLDecoder.decode(raw, StandardCharsets.UTF_8));
        return userInfo.map(credentials -> "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static URI withoutUserInfo(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return URI.create(uri.getScheme() + "://" + uri.getHost() + port + path);
    }
}
