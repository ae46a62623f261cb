package com.redress.notification.channel.http;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach one HTTP message provider.
 *
 * @param endpoint       the URL messages are POSTed to; the channel is off while it is unset
 * @param apiKey         the bearer token the provider issued
 * @param connectTimeout longest wait for a connection
 * @param requestTimeout longest wait for the provider's answer
 */
public record HttpProviderProperties(URI endpoint, String apiKey, @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration requestTimeout) {

    public boolean enabled() {
        return endpoint != null;
    }

    @Override
    public String toString() {
        return "HttpProviderProperties[endpoint=" + endpoint + ", apiKey=" + (apiKey == null ? "unset" : "***") + "]";
    }
}
