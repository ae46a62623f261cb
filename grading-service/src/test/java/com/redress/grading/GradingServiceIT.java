package com.redress.grading;

import static com.redress.grading.Complaints.MONDAY_MORNING;
import static com.redress.grading.Complaints.registration;
import static com.redress.grading.Complaints.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.CleanupConfig;

import com.redress.contract.Topics;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.GradingReason;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.grading.metrics.GradingMetricNames;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.platform.serde.AvroSerdeConfig;
import com.redress.platform.serde.AvroSerializer;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.TopicProbe;
import com.redress.testkit.WithLocalKafkaStack;

@SpringBootTest(properties = {
        "spring.kafka.streams.application-id=grading-service-it",
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/redress-it/grading-service-${random.uuid}",
        "spring.kafka.streams.properties.commit.interval.ms=100",
        "server.port=0"})
@WithLocalKafkaStack
class GradingServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    MeterRegistry meterRegistry;

    @Autowired
    StreamsBuilderFactoryBean streams;

    private KafkaProducer<String, SpecificRecord> producer;
    private TopicProbe<ComplaintGraded> graded;

    @BeforeAll
    static void createInputTopics(LocalKafkaStack stack) {
        // intake declares these in the suite; here the test plays intake
        stack.createTopics(Topics.COMPLAINTS_REGISTERED, Topics.COMPLAINTS_UPDATES);
    }

    @BeforeEach
    void connect(LocalKafkaStack stack) {
        Map<String, Object> producerConfig = new HashMap<>(stack.clientProperties());
        producerConfig.put(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, true);
        producer = new KafkaProducer<>(producerConfig, new StringSerializer(), serializer(producerConfig));

        graded = TopicProbe.of(stack.clientProperties(), new AvroDeserializer<>(), Topics.COMPLAINTS_GRADED);
    }

    @AfterEach
    void disconnect() {
        producer.close();
        graded.close();
    }

    @Test
    void shouldGradeRegisteredComplaintAndRegradeItOnRegulatorReferral() {
        // Given a complaint registered by intake
        String caseId = "it-" + UUID.randomUUID();
        ComplaintRegistered complaint = registration(caseId).customer("cust-" + caseId)
                .text("网点排队等了两个小时，只开了一个窗口。").build();
        send(Topics.COMPLAINTS_REGISTERED, caseId, complaint);

        // Then grading writes its first grade to complaints.graded, exactly once
        ComplaintGraded initial = graded.awaitValuesOf(caseId, 1, PATIENCE).get(0);
        assertThat(initial.getTier()).isEqualTo(3);
        assertThat(initial.getGradingReason()).isEqualTo(GradingReason.INITIAL);
        assertThat(initial.getRuleSetVersion()).isEqualTo(ProductionRules.load().version());
        assertThat(initial.getFiredRules()).isNotEmpty();

        // When the regulator refers the case, and intake redelivers the registration
        send(Topics.COMPLAINTS_UPDATES, caseId,
                update(caseId, CaseUpdateType.REGULATOR_REFERRAL, MONDAY_MORNING.plus(Duration.ofDays(1))));
        send(Topics.COMPLAINTS_REGISTERED, caseId, complaint);

        // Then the case is re-graded once, and the redelivery yields no second initial grade
        List<ComplaintGraded> grades = graded.awaitValuesOf(caseId, 2, PATIENCE);
        assertThat(grades).extracting(ComplaintGraded::getGradingReason)
                .containsExactly(GradingReason.INITIAL, GradingReason.REGRADED_REGULATOR);
        assertThat(grades.get(1).getPreviousTier()).isEqualTo(3);
        assertThat(meterRegistry.get(GradingMetricNames.GRADED).tag("reason", "REGRADED_REGULATOR").counter()
                .count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldDetectRepeatAcrossRestartWithLocalStateWiped() {
        // Given a fee complaint of a customer, graded
        String customerId = "cust-" + UUID.randomUUID();
        String firstCase = "it-" + UUID.randomUUID();
        send(Topics.COMPLAINTS_REGISTERED, firstCase, registration(firstCase).customer(customerId)
                .text("信用卡年费没有提前告知就扣了，要求退还年费。").build());
        graded.awaitValuesOf(firstCase, 1, PATIENCE);

        // When the service restarts with its local state deleted, so it must restore its stores from the changelogs
        streams.setCleanupConfig(new CleanupConfig(false, true));
        // leaving the group on close spares the test a session timeout before the restarted member gets its tasks
        streams.setLeaveGroupOnClose(true);
        streams.stop();
        streams.setCleanupConfig(new CleanupConfig(false, false));
        streams.start();

        // and the customer complains about fees again
        String secondCase = "it-" + UUID.randomUUID();
        send(Topics.COMPLAINTS_REGISTERED, secondCase, registration(secondCase).customer(customerId)
                .receivedAt(MONDAY_MORNING.plus(Duration.ofDays(20)))
                .text("上次投诉的年费问题还是没解决，又扣了一次年费。").build());

        // Then the second complaint is a repeat of the first, merged into it
        ComplaintGraded repeat = graded.awaitValuesOf(secondCase, 1, PATIENCE).get(0);
        assertThat(repeat.getTier()).isEqualTo(4);
        assertThat(repeat.getRepeatLink().getEarlierCaseIds()).containsExactly(firstCase);
        assertThat(repeat.getRepeatLink().getMergedIntoCaseId()).isEqualTo(firstCase);
    }

    private void send(String topic, String key, SpecificRecord value) {
        producer.send(new ProducerRecord<>(topic, key, value));
        producer.flush();
    }

    private static AvroSerializer<SpecificRecord> serializer(Map<String, Object> config) {
        AvroSerializer<SpecificRecord> serializer = new AvroSerializer<>();
        serializer.configure(config, false);
        return serializer;
    }
}
