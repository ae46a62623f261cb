package com.redress.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.redress.contract.Topics;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.TopicProbe;
import com.redress.testkit.WithLocalKafkaStack;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

@SpringBootTest(properties = {
    "redress.sla.policy-pack=classpath:policies/compressed-seconds.yaml",
    "spring.kafka.streams.state-dir=${java.io.tmpdir}/redress-it/sla-service-${random.uuid}",
    "spring.kafka.streams.properties.commit.interval.ms=100",
    "spring.kafka.streams.properties.session.timeout.ms=6000",
    "server.port=0"})
@WithLocalKafkaStack
class SlaServiceIT {

    @Autowired
    StreamsBuilderFactoryBean streams;

    private KafkaProducer<String, SpecificRecord> producer;
    private TopicProbe<SlaEvent> slaEvents;

    @BeforeAll
    static void createInputTopics() {
        SlaTopicClients.createTopics(LocalKafkaStack.shared());
    }

    @BeforeEach
    void connect(LocalKafkaStack stack) {
        producer = SlaTopicClients.caseEventProducer(stack);
        slaEvents = TopicProbe.of(stack.clientProperties(), new AvroDeserializer<>(), Topics.SLA_EVENTS);
    }

    @AfterEach
    void disconnect() {
        producer.close();
        slaEvents.close();
    }

    @Test
    void shouldPublishTheBreachOnceAndOnTimeOnTheRealBroker() {
        String caseId = "it-" + UUID.randomUUID();
        Instant receivedAt = Instant.now();

        send(Topics.COMPLAINTS_REGISTERED, caseId, CaseEvents.registered(caseId, receivedAt));

        // The 8-second clock breaches after the 3-second one: once it has, the first breach had time to repeat
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(eventsOf(caseId, SlaEventType.BREACHED, ClockKind.FIRST_RESPONSE)).hasSize(1));
        List<ConsumerRecord<String, SlaEvent>> breaches = eventsOf(caseId, SlaEventType.BREACHED,
                ClockKind.ACKNOWLEDGE);
        assertThat(breaches).hasSize(1);
        ConsumerRecord<String, SlaEvent> breach = breaches.get(0);
        Instant deadline = receivedAt.plusSeconds(3);
        assertThat(breach.value().getDeadline()).isEqualTo(deadline.truncatedTo(ChronoUnit.MILLIS));
        assertThat(breach.value().getLateByMillis()).as("flagged late").isNull();
        assertThat(Instant.ofEpochMilli(breach.timestamp())).isAfterOrEqualTo(breach.value().getDeadline());
        assertThat(eventsOf(caseId, SlaEventType.WARNING, ClockKind.ACKNOWLEDGE)).hasSize(1);
    }

    @Test
    void shouldPublishABreachThatFellDueWhileStoppedOnceOnRecoveryFlaggedLate() {
        String caseId = "it-" + UUID.randomUUID();
        Instant receivedAt = Instant.now();
        send(Topics.COMPLAINTS_REGISTERED, caseId, CaseEvents.registered(caseId, receivedAt));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(eventsOf(caseId, SlaEventType.STARTED, ClockKind.FIRST_RESPONSE)).hasSize(1));

        // When the service is stopped across the 8-second deadline and started again
        streams.stop();
        Instant deadline = receivedAt.plusSeconds(8);
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(deadline.plusSeconds(3)));
        streams.start();

        // Then the breach is published on recovery, flagged late, and once: a later case's breach follows it
        String laterCase = "it-" + UUID.randomUUID();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(eventsOf(caseId, SlaEventType.BREACHED, ClockKind.FIRST_RESPONSE)).hasSize(1));
        send(Topics.COMPLAINTS_REGISTERED, laterCase, CaseEvents.registered(laterCase, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(eventsOf(laterCase, SlaEventType.BREACHED, ClockKind.ACKNOWLEDGE)).hasSize(1));
        List<ConsumerRecord<String, SlaEvent>> breaches = eventsOf(caseId, SlaEventType.BREACHED,
                ClockKind.FIRST_RESPONSE);
        assertThat(breaches).hasSize(1);
        SlaEvent breach = breaches.get(0).value();
        assertThat(breach.getOccurredAt()).isEqualTo(deadline.truncatedTo(ChronoUnit.MILLIS));
        assertThat(breach.getLateByMillis()).isNotNull().isGreaterThanOrEqualTo(Duration.ofSeconds(3).toMillis());
    }

    private void send(String topic, String caseId, SpecificRecord event) {
        producer.send(new ProducerRecord<>(topic, caseId, event));
        producer.flush();
    }

    private List<ConsumerRecord<String, SlaEvent>> eventsOf(String caseId, SlaEventType type, ClockKind kind) {
        List<ConsumerRecord<String, SlaEvent>> matching = new ArrayList<>();
        for (ConsumerRecord<String, SlaEvent> record : slaEvents.readToEnd()) {
            SlaEvent event = record.value();
            if (caseId.equals(record.key()) && event.getType() == type && event.getClockKind() == kind) {
                matching.add(record);
            }
        }
        return matching;
    }
}
