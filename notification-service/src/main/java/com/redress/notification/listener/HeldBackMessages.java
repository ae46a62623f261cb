package com.redress.notification.listener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.redress.events.common.NotificationChannel;
import com.redress.notification.cases.CaseView;
import com.redress.notification.delivery.DeliveryLedger;
import com.redress.notification.delivery.DeliveryKey;
import com.redress.notification.delivery.DeliveryProperties;
import com.redress.notification.replay.TopicReplay;
import com.redress.notification.rules.PlannedMessage;

/** Sends the customer messages of an event that quiet hours held back, once the quiet hours are over. */
class HeldBackMessages {

    private final EventNotifier notifier;
    private final DeliveryLedger ledger;
    private final TopicReplay replay;
    private final DeliveryProperties.QuietHours quietHours;
    private final Clock clock;

    HeldBackMessages(EventNotifier notifier, DeliveryLedger ledger, TopicReplay replay,
            DeliveryProperties.QuietHours quietHours, Clock clock) {
        this.notifier = notifier;
        this.ledger = ledger;
        this.replay = replay;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    /**
     * Sends those of {@code messages} that quiet hours held back and whose quiet hours are over.
     *
     * @return how long until the next held-back message is due; empty when none is held back any more
     */
    Optional<Duration> sendDue(CaseView caseView, String eventId, List<PlannedMessage> messages,
            Map<String, Object> details) {
        List<PlannedMessage> toCustomer = messages.stream().filter(message -> !message.toStaff()).toList();
        if (toCustomer.isEmpty()) {
            return Optional.empty();
        }
        if (toCustomer.stream().map(message -> key(caseView, eventId, message)).anyMatch(this::unknown)) {
            // another instance may have written the outcomes
            replay.catchUp();
        }
        List<PlannedMessage> due = due(caseView, eventId, toCustomer);
        if (!due.isEmpty()) {
            // the ledger must include what any instance sent since it was last read, so nothing goes out twice
            replay.catchUp();
            notifier.notify(caseView, eventId, due(caseView, eventId, due), details);
        }
        return untilNextEnd(caseView, eventId, toCustomer);
    }

    private List<PlannedMessage> due(CaseView caseView, String eventId, List<PlannedMessage> messages) {
        Instant now = clock.instant();
        List<PlannedMessage> due = new ArrayList<>();
        for (PlannedMessage message : messages) {
            endOfQuietHours(caseView, eventId, message)
                    .filter(end -> !now.isBefore(end))
                    .ifPresent(end -> due.add(message));
        }
        return due;
    }

    private Optional<Duration> untilNextEnd(CaseView caseView, String eventId, List<PlannedMessage> messages) {
        Instant now = clock.instant();
        return messages.stream()
                .flatMap(message -> endOfQuietHours(caseView, eventId, message).stream())
                .filter(now::isBefore)
                .min(Instant::compareTo)
                .map(end -> Duration.between(now, end));
    }

    private Optional<Instant> endOfQuietHours(CaseView caseView, String eventId, PlannedMessage message) {
        return ledger.heldBackSince(key(caseView, eventId, message))
                .map(heldBack -> quietHours.endAfter(heldBack, caseView.zone()));
    }

    private boolean unknown(DeliveryKey key) {
        return ledger.sentOn(key).isEmpty() && ledger.heldBackSince(key).isEmpty();
    }

    private static DeliveryKey key(CaseView caseView, String eventId, PlannedMessage message) {
        return new DeliveryKey(caseView.caseId(), eventId, message.kind(), NotificationChannel.UNKNOWN);
    }
}
