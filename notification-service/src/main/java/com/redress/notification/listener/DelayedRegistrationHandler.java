package com.redress.notification.listener;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.TopicPartition;

import com.redress.events.intake.ComplaintRegistered;
import com.redress.notification.cases.CaseDirectory;
import com.redress.notification.cases.CaseView;
import com.redress.notification.rules.NotificationPlanner;
import com.redress.notification.rules.PlannedMessage;
import com.redress.notification.rules.Trigger;

/** A registration read again by the delayed-messages listener: send its messages that quiet hours held back. */
class DelayedRegistrationHandler {

    private final CaseDirectory cases;
    private final NotificationPlanner planner;
    private final HeldBackMessages heldBack;
    private final MainListenerProgress mainListener;
    private final Duration handOverPause;

    DelayedRegistrationHandler(CaseDirectory cases, NotificationPlanner planner, HeldBackMessages heldBack,
            MainListenerProgress mainListener, Duration handOverPause) {
        this.cases = cases;
        this.planner = planner;
        this.heldBack = heldBack;
        this.mainListener = mainListener;
        this.handOverPause = handOverPause;
    }

    /**
     * Sends the registration's held-back messages whose quiet hours are over.
     *
     * @return how long until the next of them is due; empty when none is left
     */
    Optional<Duration> handle(ComplaintRegistered registered, TopicPartition partition, long offset) {
        CaseView caseView = cases.find(registered.getCaseId()).orElseGet(() -> CaseView.of(registered));
        List<PlannedMessage> toCustomer = planner.plan(Trigger.registered(), caseView.tier()).stream()
                .filter(message -> !message.toStaff())
                .toList();
        if (toCustomer.isEmpty()) {
            return Optional.empty();
        }
        if (!mainListener.hasPassed(partition, offset)) {
            // only once the main listener committed the registration are its outcomes all on the outcomes topic
            return Optional.of(handOverPause);
        }
        return heldBack.sendDue(caseView, registered.getEventId().toString(), toCustomer, Map.of());
    }
}
