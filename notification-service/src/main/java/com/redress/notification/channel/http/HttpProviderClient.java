package com.redress.notification.channel.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.redress.notification.channel.PermanentSendException;
import com.redress.notification.channel.TransientSendException;
import com.redress.notification.delivery.DeliveryKey;

/**
 * POSTs a JSON message to a provider with the delivery key as {@code Idempotency-Key}, so a retry after a lost answer
 * is recognised by the provider, and tells transient failures (no answer, 408, 429, 5xx) from permanent ones (other
 * 4xx). A 409 means the provider already has a message with this key, which counts as sent.
 */
public class HttpProviderClient {

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    private static final String MESSAGE_ID_FIELD = "messageId";

    private final HttpProviderProperties properties;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    public HttpProviderClient(HttpProviderProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
    }

    /** Sends {@code body}; returns the provider's message id, or the delivery key when it names none. */
    public String post(DeliveryKey key, Map<String, Object> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(properties.endpoint())
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_KEY_HEADER, key.toString())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (properties.apiKey() != null) {
            request.header("Authorization", "Bearer " + properties.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TransientSendException("provider unreachable or no answer: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientSendException("interrupted while sending", e);
        }
        return messageIdOf(key, response);
    }

    private String messageIdOf(DeliveryKey key, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 409) {
            return key.toString();
        }
        if (status == 408 || status == 429 || status >= 500) {
            throw new TransientSendException("HTTP " + status, null);
        }
        if (status >= 300) {
            throw new PermanentSendException("HTTP " + status, null);
        }
        try {
            JsonNode answer = json.readTree(response.body());
            JsonNode messageId = answer == null ? null : answer.get(MESSAGE_ID_FIELD);
            return messageId == null || messageId.isNull() ? key.toString() : messageId.asString();
        } catch (RuntimeException unreadableAnswer) {
            // the provider took the message; an answer we cannot read must not make us send it again
            return key.toString();
        }
    }
}
