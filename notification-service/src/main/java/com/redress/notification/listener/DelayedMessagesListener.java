package com.redress.notification.listener;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;

import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.notification.replay.TopicReplay;

/**
 * Reads the registrations and case updates a second time, in its own consumer group, and holds back at each event
 * with a message not yet due — a delayed message, or one held back by quiet hours — until it is due: the committed
 * offset of this group is the durable schedule. Events of a partition mostly fall due in the order they were written,
 * so waiting at the first one not yet due delays few others.
 */
@KafkaListener(id = DelayedMessagesListener.ID, idIsGroup = false, groupId = "${redress.notification.delayed.group-id}",
        topics = {"${redress.notification.topics.registered}", "${redress.notification.topics.updates}"},
        containerFactory = DelayedMessagesListener.CONTAINER_FACTORY)
class DelayedMessagesListener implements ConsumerSeekAware {

    static final String ID = "notification-delayed";
    static final String CONTAINER_FACTORY = "delayedMessagesContainerFactory";

    private final DelayedRegistrationHandler registrations;
    private final DelayedUpdateHandler updates;
    private final TopicReplay replay;
    private final Duration longestPause;

    DelayedMessagesListener(DelayedRegistrationHandler registrations, DelayedUpdateHandler updates,
            TopicReplay replay, Duration longestPause) {
        this.registrations = registrations;
        this.updates = updates;
        this.replay = replay;
        this.longestPause = longestPause;
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        replay.catchUp();
    }

    @KafkaHandler
    void on(ComplaintRegistered registered, Acknowledgment acknowledgment,
            @Header(KafkaHeaders.RECEIVED_TOPIC) String topic, @Header(KafkaHeaders.RECEIVED_PARTITION) int partition,
            @Header(KafkaHeaders.OFFSET) long offset) {
        settle(registrations.handle(registered, new TopicPartition(topic, partition), offset), acknowledgment);
    }

    @KafkaHandler
    void on(CaseUpdate update, Acknowledgment acknowledgment, @Header(KafkaHeaders.RECEIVED_TOPIC) String topic,
            @Header(KafkaHeaders.RECEIVED_PARTITION) int partition, @Header(KafkaHeaders.OFFSET) long offset) {
        settle(updates.handle(update, new TopicPartition(topic, partition), offset), acknowledgment);
    }

    private void settle(Optional<Duration> untilDue, Acknowledgment acknowledgment) {
        untilDue.ifPresentOrElse(
                // the pause is capped so that a due message on another partition of this consumer waits little
                wait -> acknowledgment.nack(wait.compareTo(longestPause) < 0 ? wait : longestPause),
                acknowledgment::acknowledge);
    }
}
