package com.redress.notification.listener;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.support.Acknowledgment;

import com.redress.events.intake.CaseUpdate;
import com.redress.notification.replay.TopicReplay;

/**
 * Reads the case updates a second time, in its own consumer group, and holds back at each update with a delayed
 * message until the message is due: the committed offset of this group is the durable schedule. Updates of a partition
 * fall due in the order they were written, so waiting at the first one not yet due delays no other.
 */
class DelayedMessagesListener implements ConsumerSeekAware {

    static final String ID = "notification-delayed";
    static final String CONTAINER_FACTORY = "delayedMessagesContainerFactory";

    private final DelayedUpdateHandler handler;
    private final TopicReplay replay;
    private final Duration longestPause;

    DelayedMessagesListener(DelayedUpdateHandler handler, TopicReplay replay, Duration longestPause) {
        this.handler = handler;
        this.replay = replay;
        this.longestPause = longestPause;
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        replay.catchUp();
    }

    @KafkaListener(id = ID, idIsGroup = false, groupId = "${redress.notification.delayed.group-id}",
            topics = "${redress.notification.topics.updates}", containerFactory = CONTAINER_FACTORY)
    void on(CaseUpdate update, Acknowledgment acknowledgment) {
        handler.handle(update).ifPresentOrElse(
                // the pause is capped so that a due message on another partition of this consumer waits little
                untilDue -> acknowledgment.nack(untilDue.compareTo(longestPause) < 0 ? untilDue : longestPause),
                acknowledgment::acknowledge);
    }
}
