package com.redress.notification.channel.push;

import java.util.LinkedHashMap;
import java.util.Map;

import com.redress.events.common.NotificationChannel;
import com.redress.notification.channel.ChannelSender;
import com.redress.notification.channel.OutgoingMessage;
import com.redress.notification.channel.http.HttpProviderClient;
import com.redress.notification.template.RenderedPush;

/** Sends app push notifications through a push service's HTTP API: {@code {"to": "<push id>", "title", "body"}}. */
public class HttpPushSender implements ChannelSender {

    private final HttpProviderClient client;

    public HttpPushSender(HttpProviderClient client) {
        this.client = client;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.PUSH;
    }

    @Override
    public String send(OutgoingMessage message) {
        if (!(message.content() instanceof RenderedPush push)) {
            throw new IllegalArgumentException(
                    "Not a push notification: " + message.content().getClass().getSimpleName());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", message.recipients().get(0));
        body.put("title", push.title());
        body.put("body", push.body());
        return client.post(message.key(), body);
    }
}
