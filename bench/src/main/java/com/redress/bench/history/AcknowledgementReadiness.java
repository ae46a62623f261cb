package com.redress.bench.history;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationStatus;
import com.redress.testkit.suite.ServiceProcess;

/**
 * Notification is ready when a complaint registered after its start has its acknowledgement sent: at the start, one
 * new registration goes onto {@code complaints.registered}, and the probe waits for its {@code ACKNOWLEDGEMENT SENT}
 * on {@code notifications.outcomes}, which {@link #accept} is fed from a {@link com.redress.bench.track.TopicTap}.
 * With a second instance the new case may land on either: the probe then says when the two together serve a new
 * case.
 */
public final class AcknowledgementReadiness implements ReadinessProbe {

    private final FreshRegistrations registrations;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private volatile String awaited;

    public AcknowledgementReadiness(FreshRegistrations registrations) {
        this.registrations = registrations;
    }

    /** Takes the outcomes read from {@code notifications.outcomes}. */
    public void accept(ConsumerRecord<String, Object> record) {
        if (record.value() instanceof NotificationOutcome outcome
                && outcome.getMessageKind() == MessageKind.ACKNOWLEDGEMENT
                && outcome.getStatus() == NotificationStatus.SENT) {
            acknowledged.add(outcome.getCaseId());
        }
    }

    @Override
    public void started(ServiceProcess instance) {
        awaited = registrations.register();
    }

    @Override
    public boolean isReady(ServiceProcess instance) {
        return awaited != null && acknowledged.contains(awaited);
    }
}
