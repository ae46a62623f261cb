package com.redress.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import com.redress.contract.Topics;
import com.redress.events.common.NotificationChannel;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationStatus;
import com.redress.notification.contact.CustomerContact;
import com.redress.notification.support.AdjustableClock;
import com.redress.notification.support.KafkaTestClients;
import com.redress.notification.support.NotificationServiceIntegrationTest;
import com.redress.notification.support.SmsProviderFake;
import com.redress.notification.support.TestEvents;
import com.redress.testkit.LocalKafkaStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** On the real broker: a message only SMS can carry waits out the customer's quiet hours and then goes out once. */
@NotificationServiceIntegrationTest
class QuietHoursDeferralIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String DELAYED_LISTENER = "notification-delayed";

    @Autowired
    AdjustableClock clock;

    @Autowired
    SmsProviderFake smsProvider;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Value("${redress.notification.delayed.group-id}")
    String delayedGroupId;

    @BeforeAll
    static void createTheTopicsOtherServicesWrite(LocalKafkaStack stack) {
        stack.createTopics(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES, Topics.COMPLAINTS_GRADED,
                Topics.SLA_EVENTS);
    }

    @AfterEach
    void backToRealTime() {
        clock.useSystemTime();
    }

    @Test
    void shouldSendAnSmsHeldBackByQuietHoursOnceAfterThemAndNotAgainWhenItsEventIsReadAgain(LocalKafkaStack stack)
            throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        LocalDate night = LocalDate.now(SHANGHAI);
        ComplaintRegistered registered = TestEvents.registered(caseId, "zh-CN",
                new CustomerContact("+8613800001234", null, null), List.of(NotificationChannel.SMS));
        String deliveryKey = caseId + ":" + registered.getEventId() + ":ACKNOWLEDGEMENT:SMS";

        // Given a registration read at 23:00 in the customer's zone, with SMS as the only channel
        clock.setTo(night.atTime(23, 0).atZone(SHANGHAI).toInstant());
        RecordMetadata written = KafkaTestClients.produce(stack, Topics.COMPLAINTS_REGISTERED, caseId, registered);

        // Then the acknowledgement is held back until 08:00 and nothing reaches the gateway
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(outcomes(stack, caseId))
                .extracting(NotificationOutcome::getStatus, NotificationOutcome::getFailureReason)
                .containsExactly(tuple(NotificationStatus.SUPPRESSED_QUIET_HOURS,
                        "deferred until " + night.plusDays(1) + " 08:00 Asia/Shanghai (quiet hours)")));
        assertThat(smsProvider.requestsFor(caseId)).isEmpty();

        // When the quiet hours are over
        clock.setTo(night.plusDays(1).atTime(8, 0, 1).atZone(SHANGHAI).toInstant());

        // Then it is sent once, under the same delivery key
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(outcomes(stack, caseId))
                .extracting(NotificationOutcome::getStatus, NotificationOutcome::getDeliveryKey)
                .containsExactly(tuple(NotificationStatus.SUPPRESSED_QUIET_HOURS, deliveryKey),
                        tuple(NotificationStatus.SENT, deliveryKey)));
        assertThat(smsProvider.requestsFor(caseId)).containsExactly(deliveryKey);

        // When the delayed-messages listener restarts as if it had died before committing the registration
        TopicPartition partition = new TopicPartition(written.topic(), written.partition());
        MessageListenerContainer delayed = listeners.getListenerContainer(DELAYED_LISTENER);
        delayed.stop();
        try (Admin admin = Admin.create(stack.clientProperties())) {
            admin.alterConsumerGroupOffsets(delayedGroupId, Map.of(partition,
                    new OffsetAndMetadata(written.offset()))).all().get(30, TimeUnit.SECONDS);
            delayed.start();

            // Then it reads the registration again and commits it without sending a second message
            await().atMost(DELIVERY).until(() -> committedOffset(admin, partition) > written.offset());
        }
        assertThat(smsProvider.requestsFor(caseId)).containsExactly(deliveryKey);
        assertThat(outcomes(stack, caseId)).extracting(NotificationOutcome::getStatus)
                .containsExactly(NotificationStatus.SUPPRESSED_QUIET_HOURS, NotificationStatus.SENT);
    }

    private long committedOffset(Admin admin, TopicPartition partition) throws Exception {
        OffsetAndMetadata committed = admin.listConsumerGroupOffsets(delayedGroupId).partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS).get(partition);
        return committed == null ? -1 : committed.offset();
    }

    private static List<NotificationOutcome> outcomes(LocalKafkaStack stack, String caseId) {
        return KafkaTestClients.readAll(stack, Topics.NOTIFICATIONS_OUTCOMES, caseId);
    }
}
