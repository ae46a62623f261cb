package com.redress.notification.channel.sms;

import java.util.LinkedHashMap;
import java.util.Map;

import com.redress.events.common.NotificationChannel;
import com.redress.notification.channel.ChannelSender;
import com.redress.notification.channel.OutgoingMessage;
import com.redress.notification.channel.http.HttpProviderClient;
import com.redress.notification.template.RenderedSms;

/**
 * Sends text messages through an SMS gateway's HTTP API:
 * {@code {"to": "+86...", "text": "...", "encoding": "UCS2", "segments": 2}}.
 */
public class HttpSmsSender implements ChannelSender {

    private final HttpProviderClient client;

    public HttpSmsSender(HttpProviderClient client) {
        this.client = client;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public String send(OutgoingMessage message) {
        if (!(message.content() instanceof RenderedSms sms)) {
            throw new IllegalArgumentException("Not a text message: " + message.content().getClass().getSimpleName());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", message.recipients().get(0));
        body.put("text", sms.text());
        body.put("encoding", sms.encoding().name());
        body.put("segments", sms.segments());
        return client.post(message.key(), body);
    }
}
