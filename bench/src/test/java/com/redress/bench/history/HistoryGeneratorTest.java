package com.redress.bench.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import com.redress.contract.Topics;
import com.redress.events.common.NotificationChannel;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.platform.privacy.ContactCipher;
import com.redress.platform.privacy.ContactDetails;
import com.redress.platform.privacy.ContactKeyProperties;
import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.platform.serde.AvroSerializer;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryGeneratorTest {

    private static final Instant END = Instant.parse("2026-12-07T12:00:00Z");

    private final HistoryGenerator history = new HistoryGenerator(1000, END, 42L);

    @Test
    void shouldGiveEveryEventOfACaseItsCaseIdAsKeyAndInTheEvent() {
        // When a case's history is generated
        List<HistoryRecord> records = history.recordsOf(7);

        // Then all its events are keyed and stamped with the one case id, a UUID as intake's API expects
        assertThat(records).hasSize(HistoryGenerator.RECORDS_PER_CASE);
        String caseId = history.caseId(7);
        assertThat(UUID.fromString(caseId).toString()).isEqualTo(caseId);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.caseId()).isEqualTo(caseId);
            assertThat(record.value().get(record.value().getSchema().getField("caseId").pos())).isEqualTo(caseId);
        });
        assertThat(history.caseId(8)).isNotEqualTo(caseId);
    }

    @Test
    void shouldTellAClosedCaseFromRegistrationToSurveyInTheOrderItHappened() {
        // When a case's history is generated
        List<HistoryRecord> records = history.recordsOf(10);

        // Then it is registered, graded, acknowledged, resolved and closed, in time order, before the end
        assertThat(records).extracting(HistoryRecord::timestamp).isSorted();
        assertThat(records.get(records.size() - 1).timestamp()).isLessThan(END.toEpochMilli());
        assertThat(records.get(0).topic()).isEqualTo(Topics.COMPLAINTS_REGISTERED);
        assertThat(records).filteredOn(record -> record.topic().equals(Topics.COMPLAINTS_GRADED)).hasSize(1);
        assertThat(records).filteredOn(record -> record.value() instanceof CaseUpdate)
                .extracting(record -> ((CaseUpdate) record.value()).getUpdateType())
                .containsExactly(CaseUpdateType.ACKNOWLEDGED, CaseUpdateType.RESOLVED, CaseUpdateType.CLOSED);
        assertThat(records).filteredOn(record -> record.value() instanceof SlaEvent)
                .extracting(record -> ((SlaEvent) record.value()).getType())
                .containsExactly(SlaEventType.STARTED, SlaEventType.STARTED, SlaEventType.MET, SlaEventType.MET);
        assertThat(records).filteredOn(record -> record.value() instanceof NotificationOutcome)
                .extracting(record -> ((NotificationOutcome) record.value()).getMessageKind())
                .containsExactly(MessageKind.ACKNOWLEDGEMENT, MessageKind.PROGRESS, MessageKind.RESULT,
                        MessageKind.SURVEY);
    }

    @Test
    void shouldKeyEachOutcomeByTheEventThatCausedIt() {
        // Given a case's registration and its acknowledgement
        List<HistoryRecord> records = history.recordsOf(4);
        ComplaintRegistered registered = (ComplaintRegistered) records.get(0).value();
        NotificationOutcome acknowledgement = records.stream().map(HistoryRecord::value)
                .filter(NotificationOutcome.class::isInstance).map(NotificationOutcome.class::cast)
                .filter(outcome -> outcome.getMessageKind() == MessageKind.ACKNOWLEDGEMENT).findFirst().orElseThrow();

        // Then the outcome's delivery key names the registration, as notification's own keys do
        assertThat(acknowledgement.getDeliveryKey()).isEqualTo(history.caseId(4) + ":" + registered.getEventId()
                + ":ACKNOWLEDGEMENT:" + NotificationChannel.EMAIL);
    }

    @Test
    void shouldEncryptTheContactSoThatTheSandboxKeyOpensItForThatCaseOnly() {
        // Given an e-mail customer's and an SMS customer's registrations
        ComplaintRegistered byEmail = (ComplaintRegistered) history.recordsOf(1).get(0).value();
        ComplaintRegistered bySms = (ComplaintRegistered) history.recordsOf(3).get(0).value();
        ContactCipher sandbox = new ContactCipher(new ContactKeyProperties(Map.of(
                HistoryGenerator.SANDBOX_CONTACT_KEY_ID, HistoryGenerator.SANDBOX_CONTACT_KEY),
                HistoryGenerator.SANDBOX_CONTACT_KEY_ID));

        // When their contact details are decrypted as notification decrypts them
        ContactDetails email = sandbox.decrypt(byEmail.getCustomer().getEncryptedContact(), byEmail.getCaseId());
        ContactDetails phone = sandbox.decrypt(bySms.getCustomer().getEncryptedContact(), bySms.getCaseId());

        // Then each is the customer's own
        assertThat(email.email()).isEqualTo("customer1@history.example");
        assertThat(email.phoneE164()).isNull();
        assertThat(phone.phoneE164()).startsWith("+86");
        assertThat(phone.email()).isNull();
    }

    @Test
    void shouldProduceRecordsThatSurviveTheWireFormat() {
        // Given the platform's serializer and deserializer over one registry
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        AvroSerializer<SpecificRecord> serializer = new AvroSerializer<>(registry);
        AvroDeserializer<Object> deserializer = new AvroDeserializer<>(registry);
        deserializer.configure(Map.of("specific.avro.reader", "true"), false);

        // When every event of a case goes through the Confluent wire format and back
        for (HistoryRecord record : history.recordsOf(2)) {
            byte[] bytes = serializer.serialize(record.topic(), record.value());
            Object decoded = deserializer.deserialize(record.topic(), bytes);

            // Then it comes back as the same event, starting with the wire format's magic byte
            assertThat(bytes[0]).isZero();
            assertThat(decoded).isEqualTo(record.value());
        }
    }

    @Test
    void shouldOpenFreshCasesBeyondTheHistoryWithAnEmailAddress() {
        // When fresh registrations are made after the history
        HistoryRecord first = history.freshRegistration(0, END);
        HistoryRecord later = history.freshRegistration(3, END);

        // Then they are new cases, owed an acknowledgement by e-mail
        assertThat(first.caseId()).isNotEqualTo(later.caseId()).isNotEqualTo(history.caseId(999));
        assertThat(((ComplaintRegistered) later.value()).getCustomer().getMaskedContact().getEmail()).isNotNull();
        assertThat(first.timestamp()).isEqualTo(END.toEpochMilli());
    }
}
