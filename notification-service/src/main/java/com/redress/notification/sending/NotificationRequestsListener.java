package com.redress.notification.sending;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import com.redress.events.notification.NotificationRequested;
import com.redress.notification.delivery.DeliveryLedger;
import com.redress.notification.delivery.NotificationDispatcher;

/**
 * Sends each message requested on {@code notifications.requested}: one consumer per partition by default, so a slow
 * provider holds up only the cases of its partition. A request the dispatcher finds sent in the ledger (read again after
 * a crash) is suppressed; a channel outage makes the partition wait in order; a refusal dead-letters the request.
 */
class NotificationRequestsListener {

    static final String ID = "notification-senders";

    private final NotificationDispatcher dispatcher;
    private final RequestedMessages requests;
    private final DeliveryLedger ledger;
    private final Map<Integer, String> lastMessageOfPartition = new ConcurrentHashMap<>();

    NotificationRequestsListener(NotificationDispatcher dispatcher, RequestedMessages requests,
            DeliveryLedger ledger) {
        this.dispatcher = dispatcher;
        this.requests = requests;
        this.ledger = ledger;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = "${redress.notification.topics.requested}",
            concurrency = "${redress.notification.sender-concurrency}",
            containerFactory = SendingConfiguration.CONTAINER_FACTORY)
    void on(ConsumerRecord<String, NotificationRequested> record) {
        NotificationRequested request = record.value();
        String previous = lastMessageOfPartition.put(record.partition(), request.getMessageKey());
        if (previous != null && !previous.equals(request.getMessageKey())) {
            // the partition moved on, so the previous request was done; only uncommitted ones need the ledger
            ledger.forget(previous);
        }
        dispatcher.dispatch(requests.of(request));
    }
}
