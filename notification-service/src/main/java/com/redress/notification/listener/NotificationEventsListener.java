package com.redress.notification.listener;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.sla.SlaEvent;
import com.redress.notification.replay.TopicReplay;

/**
 * Reads the case events the service reacts to and hands each to its handler; before reading newly assigned
 * partitions it brings the case view and the delivery ledger up to date. Several consumers share the partitions (one
 * per partition by default): a case's events stay on one partition and so in order on one thread, while sends to
 * slow providers overlap across cases.
 */
@KafkaListener(id = NotificationEventsListener.ID, idIsGroup = false,
        concurrency = "${redress.notification.listener-concurrency}", topics = {
        "${redress.notification.topics.registered}", "${redress.notification.topics.updates}",
        "${redress.notification.topics.graded}", "${redress.notification.topics.sla}"})
class NotificationEventsListener implements ConsumerSeekAware {

    static final String ID = "notification-events";

    private final RegisteredHandler registered;
    private final CaseUpdateHandler updates;
    private final GradedHandler grades;
    private final SlaEventHandler slaEvents;
    private final TopicReplay replay;

    NotificationEventsListener(RegisteredHandler registered, CaseUpdateHandler updates, GradedHandler grades,
            SlaEventHandler slaEvents, TopicReplay replay) {
        this.registered = registered;
        this.updates = updates;
        this.grades = grades;
        this.slaEvents = slaEvents;
        this.replay = replay;
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        replay.catchUp();
    }

    @KafkaHandler
    void on(ComplaintRegistered event) {
        registered.handle(event);
    }

    @KafkaHandler
    void on(CaseUpdate event) {
        updates.handle(event);
    }

    @KafkaHandler
    void on(ComplaintGraded event) {
        grades.handle(event);
    }

    @KafkaHandler
    void on(SlaEvent event) {
        slaEvents.handle(event);
    }
}
