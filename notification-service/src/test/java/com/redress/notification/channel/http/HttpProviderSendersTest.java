package com.redress.notification.channel.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.redress.events.common.NotificationChannel;
import com.redress.events.notification.MessageKind;
import com.redress.notification.channel.OutgoingMessage;
import com.redress.notification.channel.PermanentSendException;
import com.redress.notification.channel.TransientSendException;
import com.redress.notification.channel.push.HttpPushSender;
import com.redress.notification.channel.sms.HttpSmsSender;
import com.redress.notification.delivery.DeliveryKey;
import com.redress.notification.template.RenderedPush;
import com.redress.notification.template.RenderedSms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SMS and push adapters against a local HTTP server that records the exact requests. */
class HttpProviderSendersTest {

    private static final DeliveryKey SMS_KEY = new DeliveryKey("case-1", "0b7c4f0e-2a61-4a8e-9d1e-3c2f8f1b5a10",
            MessageKind.PROGRESS, NotificationChannel.SMS);

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile int status = 202;
    private volatile String answer = "{\"messageId\":\"gw-4711\"}";

    @BeforeEach
    void startProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/messages", this::record);
        server.start();
    }

    @AfterEach
    void stopProvider() {
        server.stop(0);
    }

    @Test
    void shouldPostTheTextMessageWithCredentialsAndIdempotencyKey() {
        String providerId = smsSender().send(new OutgoingMessage(SMS_KEY, List.of("+8613800001234"),
                RenderedSms.of("【投诉进展】编号CMP-1：已确认受理。")));

        assertThat(providerId).isEqualTo("gw-4711");
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v1/messages");
            assertThat(request.authorization()).isEqualTo("Bearer sms-secret");
            assertThat(request.idempotencyKey()).isEqualTo("case-1:0b7c4f0e-2a61-4a8e-9d1e-3c2f8f1b5a10:PROGRESS:SMS");
            assertThat(request.contentType()).isEqualTo("application/json");
            assertThat(request.body()).isEqualTo(
                    "{\"to\":\"+8613800001234\",\"text\":\"【投诉进展】编号CMP-1：已确认受理。\",\"encoding\":\"UCS2\",\"segments\":1}");
        });
    }

    @Test
    void shouldPostThePushNotificationWithItsTitleAndBody() {
        DeliveryKey pushKey = SMS_KEY.on(NotificationChannel.PUSH);

        new HttpPushSender(client()).send(new OutgoingMessage(pushKey, List.of("push-77"),
                new RenderedPush("Complaint update", "CMP-1: we are investigating.")));

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.idempotencyKey()).endsWith(":PROGRESS:PUSH");
            assertThat(request.body()).isEqualTo(
                    "{\"to\":\"push-77\",\"title\":\"Complaint update\",\"body\":\"CMP-1: we are investigating.\"}");
        });
    }

    @Test
    void shouldRetryWhenTheProviderIsOverloaded() {
        status = 503;

        assertThatThrownBy(this::sendSms).isInstanceOf(TransientSendException.class).hasMessage("HTTP 503");
    }

    @Test
    void shouldRetryWhenTheProviderThrottles() {
        status = 429;

        assertThatThrownBy(this::sendSms).isInstanceOf(TransientSendException.class).hasMessage("HTTP 429");
    }

    @Test
    void shouldNotRetryARejectedMessage() {
        status = 400;

        assertThatThrownBy(this::sendSms).isInstanceOf(PermanentSendException.class).hasMessage("HTTP 400");
    }

    @Test
    void shouldCountAMessageTheProviderAlreadyHasUnderTheSameKeyAsSent() {
        status = 409;
        answer = "{\"error\":\"duplicate idempotency key\"}";

        assertThat(sendSms()).isEqualTo(SMS_KEY.toString());
    }

    @Test
    void shouldRetryWhenTheProviderCannotBeReached() {
        server.stop(0);

        assertThatThrownBy(this::sendSms).isInstanceOf(TransientSendException.class)
                .hasMessageStartingWith("provider unreachable or no answer");
    }

    private String sendSms() {
        return smsSender().send(new OutgoingMessage(SMS_KEY, List.of("+8613800001234"), RenderedSms.of("hello")));
    }

    private HttpSmsSender smsSender() {
        return new HttpSmsSender(client());
    }

    private HttpProviderClient client() {
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/messages");
        String apiKey = "sms-secret";
        return new HttpProviderClient(new HttpProviderProperties(endpoint, apiKey, Duration.ofSeconds(2),
                Duration.ofSeconds(5)));
    }

    private void record(HttpExchange exchange) throws IOException {
        requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst(HttpProviderClient.IDEMPOTENCY_KEY_HEADER),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        byte[] response = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, response.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response);
        }
    }

    private record RecordedRequest(String method, String path, String authorization, String idempotencyKey,
            String contentType, String body) {
    }
}
