package com.redress.notification.delivery;

import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import com.redress.events.common.NotificationChannel;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationStatus;

/** Counts delivery outcomes and times provider calls. */
public class DeliveryMetrics {

    private final MeterRegistry registry;

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void outcome(NotificationChannel channel, MessageKind kind, NotificationStatus status) {
        Counter.builder(NotificationMetricNames.MESSAGES)
                .description("Notification delivery outcomes")
                .tag(NotificationMetricNames.TAG_CHANNEL, lower(channel.name()))
                .tag(NotificationMetricNames.TAG_KIND, lower(kind.name()))
                .tag(NotificationMetricNames.TAG_STATUS, lower(status.name()))
                .register(registry).increment();
    }

    void sendDuration(NotificationChannel channel, boolean accepted, Duration duration) {
        Timer.builder(NotificationMetricNames.SEND_DURATION)
                .description("Time a provider took to accept or refuse a message")
                .tag(NotificationMetricNames.TAG_CHANNEL, lower(channel.name()))
                .tag(NotificationMetricNames.TAG_RESULT, accepted ? "accepted" : "refused")
                .publishPercentileHistogram()
                .register(registry).record(duration);
    }

    void interruptedSend(NotificationChannel channel, String result) {
        Counter.builder(NotificationMetricNames.INTERRUPTED_SENDS)
                .description("Sends a crash cut off, by how they were settled")
                .tag(NotificationMetricNames.TAG_CHANNEL, lower(channel.name()))
                .tag(NotificationMetricNames.TAG_RESULT, result)
                .register(registry).increment();
    }

    void smsSegments(int segments) {
        DistributionSummary.builder(NotificationMetricNames.SMS_SEGMENTS)
                .description("Segments per text message sent")
                .register(registry).record(segments);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
