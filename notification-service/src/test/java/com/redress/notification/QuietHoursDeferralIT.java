package com.redress.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
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
import com.redress.events.notification.NotificationRequested;
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

/**
 * On the real broker: a message only SMS can carry is held back by quiet hours, requested again by the planning when
 * they end in the customer's zone, and goes out once, even when its request is read again.
 */
@NotificationServiceIntegrationTest
class QuietHoursDeferralIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String SENDERS = "notification-senders";

    @Autowired
    AdjustableClock clock;

    @Autowired
    SmsProviderFake smsProvider;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Value("${spring.kafka.consumer.group-id}")
    String sendersGroupId;

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
    void shouldSendAnSmsHeldBackByQuietHoursOnceAfterThemAndNotAgainWhenItsRequestIsReadAgain(LocalKafkaStack stack)
            throws Exception {
        String caseId = "case-" + UUID.randomUUID();
        LocalDate night = LocalDate.now(SHANGHAI);
        ComplaintRegistered registered = TestEvents.registered(caseId, "zh-CN",
                new CustomerContact("+8613800001234", null, null), List.of(NotificationChannel.SMS));
        String deliveryKey = caseId + ":" + registered.getEventId() + ":ACKNOWLEDGEMENT:SMS";

        // Given a registration read at 23:00 in the customer's zone, with SMS as the only channel
        clock.setTo(night.atTime(23, 0).atZone(SHANGHAI).toInstant());
        KafkaTestClients.produce(stack, Topics.COMPLAINTS_REGISTERED, caseId, registered);

        // Then the acknowledgement is held back until 08:00 and nothing reaches the gateway
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(outcomes(stack, caseId))
                .extracting(NotificationOutcome::getStatus, NotificationOutcome::getFailureReason)
                .containsExactly(tuple(NotificationStatus.SUPPRESSED_QUIET_HOURS,
                        "deferred until " + night.plusDays(1) + " 08:00 Asia/Shanghai (quiet hours)")));
        assertThat(smsProvider.requestsFor(caseId)).isEmpty();

        // When the quiet hours are over
        clock.setTo(night.plusDays(1).atTime(8, 0, 1).atZone(SHANGHAI).toInstant());

        // Then it is requested again and sent once, under the same delivery key
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(outcomes(stack, caseId))
                .extracting(NotificationOutcome::getStatus, NotificationOutcome::getDeliveryKey)
                .containsExactly(tuple(NotificationStatus.SUPPRESSED_QUIET_HOURS, deliveryKey),
                        tuple(NotificationStatus.SENT, deliveryKey)));
        assertThat(smsProvider.requestsFor(caseId)).containsExactly(deliveryKey);

        // When the senders read the second request again, as if they had died after sending it and before committing
        // it: the committed offset points at it, with the outcomes offset its commit would have carried
        List<ConsumerRecord<String, Object>> requests = KafkaTestClients.readRecords(stack,
                Topics.NOTIFICATIONS_REQUESTED, caseId);
        assertThat(requests).hasSize(2);
        ConsumerRecord<String, Object> again = requests.get(1);
        assertThat(((NotificationRequested) again.value()).getAfterQuietHours()).isTrue();
        ConsumerRecord<String, Object> sent = KafkaTestClients.readRecords(stack, Topics.NOTIFICATIONS_OUTCOMES, caseId)
                .get(1);
        TopicPartition partition = new TopicPartition(again.topic(), again.partition());
        MessageListenerContainer senders = listeners.getListenerContainer(SENDERS);
        senders.stop();
        try (Admin admin = Admin.create(stack.clientProperties())) {
            admin.alterConsumerGroupOffsets(sendersGroupId, Map.of(partition, new OffsetAndMetadata(again.offset(),
                    sent.partition() + "=" + sent.offset()))).all().get(30, TimeUnit.SECONDS);
            senders.start();

            // Then they find it sent in the outcomes after that offset, and do not send it a second time
            await().atMost(DELIVERY).until(() -> committedOffset(admin, partition) > again.offset());
        }
        assertThat(smsProvider.requestsFor(caseId)).containsExactly(deliveryKey);
        assertThat(outcomes(stack, caseId)).extracting(NotificationOutcome::getStatus).containsExactly(
                NotificationStatus.SUPPRESSED_QUIET_HOURS, NotificationStatus.SENT,
                NotificationStatus.SUPPRESSED_DUPLICATE);
    }

    private long committedOffset(Admin admin, TopicPartition partition) throws Exception {
        OffsetAndMetadata committed = admin.listConsumerGroupOffsets(sendersGroupId).partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS).get(partition);
        return committed == null ? -1 : committed.offset();
    }

    private static List<NotificationOutcome> outcomes(LocalKafkaStack stack, String caseId) {
        return KafkaTestClients.readAll(stack, Topics.NOTIFICATIONS_OUTCOMES, caseId);
    }
}
