package com.redress.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import com.redress.contract.Topics;
import com.redress.events.intake.Channel;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.intake.casenumber.TestCaseIdentities;
import com.redress.intake.deduplication.DeduplicationKey;
import com.redress.intake.deduplication.NameBasedUuids;
import com.redress.intake.deduplication.RegisteredCases;
import com.redress.intake.normalisation.InvalidSubmissionException;
import com.redress.intake.normalisation.NormalisationProperties;
import com.redress.intake.normalisation.SubmissionNormaliser;
import com.redress.intake.normalisation.Submissions;
import com.redress.intake.privacy.CustomerPseudonymiser;
import com.redress.intake.privacy.IdentifierPseudonymiser;
import com.redress.intake.privacy.PrivacyProperties;
import com.redress.platform.privacy.ContactCipher;
import com.redress.platform.privacy.ContactDetails;
import com.redress.platform.privacy.ContactKeyProperties;

class ComplaintRegistrarTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC);
    private static final ContactKeyProperties CONTACT_KEYS = new ContactKeyProperties(
            Map.of("contact-2026-01", base64("contact-key-0123456789abcdef-256")), "contact-2026-01");
    private static final PrivacyProperties PRIVACY = new PrivacyProperties(base64("pseudonym-key-0123456789abcdef!!"));

    private final InMemoryRegisteredCases registeredCases = new InMemoryRegisteredCases();
    private final RecordingPublisher publisher = new RecordingPublisher();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ContactCipher cipher = new ContactCipher(CONTACT_KEYS);
    private final ComplaintRegistrar registrar = new ComplaintRegistrar(
            new SubmissionNormaliser(new NormalisationProperties(ZoneId.of("Asia/Shanghai"), "CNY", 20_000,
                    Duration.ofMinutes(5), Period.ofYears(5)), CLOCK),
            new IdentifierPseudonymiser(PRIVACY),
            new ComplaintRegisteredFactory(cipher, new CustomerPseudonymiser(PRIVACY)),
            TestCaseIdentities.create(), registeredCases, publisher, new IntakeMetrics(meters), CLOCK);

    @Test
    void shouldRegisterANewComplaintWithEveryPieceOfPersonalDataProtected() {
        // Given a hotline complaint with contact details and an ID number in the text
        var submission = Submissions.valid().email("Li.Wei@Example.CN")
                .text("身份证11010519491231002X，电话13812341234，卡被盗刷3200元").build();

        // When
        RegistrationOutcome outcome = registrar.register(submission, SubmissionPath.REST);

        // Then one registration is written under the case id, with nothing personal in plaintext
        assertThat(outcome.created()).isTrue();
        assertThat(publisher.sent).hasSize(1);
        Sent sent = publisher.sent.get(0);
        assertThat(sent.topic()).isEqualTo(Topics.COMPLAINTS_REGISTERED);
        assertThat(sent.key()).isEqualTo(outcome.caseId());
        ComplaintRegistered registered = (ComplaintRegistered) sent.event();
        assertThat(registered.getCaseNumber()).isEqualTo(outcome.caseNumber());
        assertThat(registered.getChannel()).isEqualTo(Channel.PHONE_HOTLINE);
        assertThat(registered.toString()).doesNotContain("13812341234", "li.wei", "11010519491231002X",
                "CUST-100231");
        assertThat(registered.getRedactedText()).isEqualTo("身份证[ID_NUMBER],电话[PHONE],卡被盗刷3200元");
        assertThat(registered.getCustomer().getMaskedContact().getPhone()).isEqualTo("138****1234");
        assertThat(registered.getCustomer().getMaskedContact().getEmail()).isEqualTo("l***@example.cn");
        assertThat(cipher.decrypt(registered.getCustomer().getEncryptedContact(), outcome.caseId()))
                .isEqualTo(new ContactDetails("+8613812341234", "li.wei@example.cn", null));
        assertThat(meters.counter(IntakeMetrics.REGISTERED, "channel", "PHONE_HOTLINE").count()).isEqualTo(1);
        assertThat(meters.timer(IntakeMetrics.REGISTRATION_LATENCY, "channel", "PHONE_HOTLINE").count())
                .isEqualTo(1);
    }

    @Test
    void shouldRedactNumbersAndAddressesWrittenInFullWidthFormsAndChineseNumerals() {
        // Given a text as a Chinese input method writes it
        var submission = Submissions.valid()
                .text("身份证３７０１０２－１９７７０３１４－５６３０，卡６２２２　０２１２　３４５６　７８９０　１２８，"
                        + "电话幺三七 零零二四 六八一三，邮箱：张三＠例子．中国")
                .build();

        // When
        registrar.register(submission, SubmissionPath.REST);

        // Then the grouped ID and card, the phone read aloud and the Han address are all replaced
        ComplaintRegistered registered = (ComplaintRegistered) publisher.sent.get(0).event();
        assertThat(registered.getRedactedText())
                .isEqualTo("身份证[ID_NUMBER],卡[CARD_NUMBER],电话[PHONE],邮箱:[EMAIL]");
    }

    @Test
    void shouldAnswerARepeatedSubmissionWithTheSameCaseAndWriteNothing() {
        var submission = Submissions.valid().build();
        RegistrationOutcome first = registrar.register(submission, SubmissionPath.KAFKA);

        RegistrationOutcome second = registrar.register(submission, SubmissionPath.REST);

        assertThat(second).isEqualTo(new RegistrationOutcome(first.caseId(), first.caseNumber(), false));
        assertThat(publisher.sent).hasSize(1);
        assertThat(meters.counter(IntakeMetrics.DUPLICATES, "channel", "PHONE_HOTLINE").count()).isEqualTo(1);
        assertThat(meters.counter(IntakeMetrics.RECEIVED, "channel", "PHONE_HOTLINE", "path", "rest").count())
                .isEqualTo(1);
    }

    @Test
    void shouldRecogniseACaseRegisteredBeforeCaseIdKeysUnderItsUnkeyedId() {
        // Given a case registered by an earlier version, under the version 5 id of the namespace it had in its source
        var submission = Submissions.valid().build();
        String legacyCaseId = NameBasedUuids.of(UUID.fromString("0b6f3f0e-5a8c-4d0e-9c63-2f1b7a4e9d21"),
                DeduplicationKey.ofChannelMessage(Channel.PHONE_HOTLINE, submission.channelMessageId()).value())
                .toString();
        registeredCases.remember(Registrations.sample(legacyCaseId));

        // When the channel resubmits it
        RegistrationOutcome repeat = registrar.register(submission, SubmissionPath.KAFKA);

        // Then it is the old case, not a second one
        assertThat(repeat.caseId()).isEqualTo(legacyCaseId);
        assertThat(repeat.created()).isFalse();
        assertThat(publisher.sent).isEmpty();
    }

    @Test
    void shouldRecogniseTheSameMessageThroughAnAliasOfTheSameChannel() {
        RegistrationOutcome first = registrar.register(Submissions.valid().channel("95588 hotline").build(),
                SubmissionPath.REST);

        RegistrationOutcome second = registrar.register(Submissions.valid().channel("客服热线").build(),
                SubmissionPath.REST);

        assertThat(second.caseId()).isEqualTo(first.caseId());
        assertThat(second.created()).isFalse();
    }

    @Test
    void shouldRefuseAnotherTextUnderTheKeyOfARegisteredCaseAndCountItAsRejected() {
        // Given a case registered from the hotline system
        RegistrationOutcome first = registrar.register(Submissions.valid().build(), SubmissionPath.KAFKA);

        // When another system sends the same channel and message id with another text
        RegistrationOutcome conflicting = registrar.register(Submissions.valid().source("branch-crm")
                .text("信用卡年费未经同意被扣").build(), SubmissionPath.KAFKA);

        // Then it names the existing case as conflicting, writes nothing, and counts as a rejection, not a duplicate
        assertThat(conflicting.kind()).isEqualTo(RegistrationOutcome.Kind.CONFLICTING);
        assertThat(conflicting.caseId()).isEqualTo(first.caseId());
        assertThat(conflicting.created()).isFalse();
        assertThat(publisher.sent).hasSize(1);
        assertThat(meters.counter(IntakeMetrics.REJECTED, "channel", "PHONE_HOTLINE", "reason",
                "conflicting_submission").count()).isEqualTo(1);
        assertThat(meters.counter(IntakeMetrics.DUPLICATES, "channel", "PHONE_HOTLINE").count()).isZero();
    }

    @Test
    void shouldTakeTheSameTextUnderTheSameKeyForARepeatWhoeverSendsItAndHoweverItIsSpaced() {
        // Given a registered case
        RegistrationOutcome first = registrar.register(Submissions.valid().build(), SubmissionPath.KAFKA);

        // When the same text comes again: from another system, in full-width punctuation, with other contact details
        RegistrationOutcome otherSystem = registrar.register(Submissions.valid().source("branch-crm").build(),
                SubmissionPath.KAFKA);
        RegistrationOutcome fullWidth = registrar.register(Submissions.valid()
                .text("我的借记卡昨天晚上被盗刷了３２００元，请尽快冻结并退款。").build(), SubmissionPath.REST);
        RegistrationOutcome otherContact = registrar.register(Submissions.valid().phone("13900001111").build(),
                SubmissionPath.KAFKA);

        // Then every one is a repeat of the case: what would be registered is the same
        assertThat(List.of(otherSystem, fullWidth, otherContact)).allSatisfy(outcome -> {
            assertThat(outcome.kind()).isEqualTo(RegistrationOutcome.Kind.DUPLICATE);
            assertThat(outcome.caseId()).isEqualTo(first.caseId());
        });
        assertThat(meters.counter(IntakeMetrics.DUPLICATES, "channel", "PHONE_HOTLINE").count()).isEqualTo(3);
    }

    @Test
    void shouldTakeATextThatDiffersOnlyInWhatRedactionReplacesForARepeat() {
        // Given a case whose text holds a phone number
        RegistrationOutcome first = registrar.register(Submissions.valid().text("请回电13812341234，卡被盗刷").build(),
                SubmissionPath.KAFKA);

        // When the text comes again with another number: the registration would read the same
        RegistrationOutcome again = registrar.register(Submissions.valid().text("请回电13900001111，卡被盗刷").build(),
                SubmissionPath.KAFKA);

        // Then
        assertThat(again.kind()).isEqualTo(RegistrationOutcome.Kind.DUPLICATE);
        assertThat(again.caseId()).isEqualTo(first.caseId());
    }

    @Test
    void shouldTreatTheSameIdempotencyKeyFromTheSameSystemAsTheSameComplaint() {
        var submission = Submissions.valid().channelMessageId(null).idempotencyKey("7d0e6b3a").build();
        RegistrationOutcome first = registrar.register(submission, SubmissionPath.REST);

        RegistrationOutcome second = registrar.register(submission, SubmissionPath.REST);
        RegistrationOutcome otherSystem = registrar.register(
                Submissions.valid().channelMessageId(null).idempotencyKey("7d0e6b3a").source("branch-crm").build(),
                SubmissionPath.REST);

        assertThat(second.caseId()).isEqualTo(first.caseId());
        assertThat(otherSystem.caseId()).isNotEqualTo(first.caseId());
    }

    @Test
    void shouldKeepAnIdempotencyKeyBoundToItsFirstRequestWhenARetryAddsAMessageId() {
        // Given a complaint registered under its Idempotency-Key alone
        RegistrationOutcome first = registrar.register(
                Submissions.valid().channelMessageId(null).idempotencyKey("7d0e6b3a").build(), SubmissionPath.REST);

        // When the same key comes again with a channel message id: once with the same text, once with another
        RegistrationOutcome sameText = registrar.register(
                Submissions.valid().channelMessageId("ivr-late-id").idempotencyKey("7d0e6b3a").build(),
                SubmissionPath.REST);
        RegistrationOutcome otherText = registrar.register(Submissions.valid().channelMessageId("ivr-other-id")
                .idempotencyKey("7d0e6b3a").text("完全不同的另一件投诉：网点排队太久").build(), SubmissionPath.REST);

        // Then neither opens a second case: the first is the same request, the second reuses the key
        assertThat(sameText).isEqualTo(new RegistrationOutcome(first.caseId(), first.caseNumber(), false));
        assertThat(otherText.kind()).isEqualTo(RegistrationOutcome.Kind.KEY_REUSED);
        assertThat(publisher.sent).hasSize(1);
    }

    @Test
    void shouldPublishIdentifiersThatCarryPersonalDataOnlyAsPseudonymsAndStillRecogniseTheRepeat() {
        // Given a message id with a mobile in it, an ID number as staff id and a card number as category code
        var submission = Submissions.valid().channelMessageId("wx-13700246813").staffId("11010519491231002X")
                .unitId("CC-SH-HOTLINE").codes(Map.of("categoryCode", "6222021234567890128")).build();

        // When it is registered, and sent again
        RegistrationOutcome first = registrar.register(submission, SubmissionPath.KAFKA);
        RegistrationOutcome repeat = registrar.register(submission, SubmissionPath.REST);

        // Then the registration carries pseudonyms in their place, the clean unit id as sent
        ComplaintRegistered registered = (ComplaintRegistered) publisher.sent.get(0).event();
        assertThat(registered.getChannelMessageId()).matches("pid_[0-9a-f]{32}");
        assertThat(registered.getFirstContactOwner().getStaffId()).matches("pid_[0-9a-f]{32}");
        assertThat(registered.getChannelCategoryCode()).matches("pid_[0-9a-f]{32}");
        assertThat(registered.getFirstContactOwner().getUnitId()).isEqualTo("CC-SH-HOTLINE");
        assertThat(registered.toString()).doesNotContain("13700246813", "11010519491231002", "6222021234567890128");
        // and the repeat meets the same case without a second registration
        assertThat(repeat).isEqualTo(new RegistrationOutcome(first.caseId(), first.caseNumber(), false));
        assertThat(publisher.sent).hasSize(1);
    }

    @Test
    void shouldNeverPublishAnIdempotencyKeyButStillRecogniseItsRepeat() {
        // Given a client that uses the customer's e-mail address as its idempotency key
        var submission = Submissions.valid().channelMessageId(null).idempotencyKey("li.wei@example.cn").build();

        // When it is registered, and sent again
        RegistrationOutcome first = registrar.register(submission, SubmissionPath.REST);
        RegistrationOutcome repeat = registrar.register(submission, SubmissionPath.REST);

        // Then the registration names the submission by the key's pseudonym, and the repeat meets the same case
        ComplaintRegistered registered = (ComplaintRegistered) publisher.sent.get(0).event();
        assertThat(registered.getChannelMessageId()).matches("idk_[0-9a-f]{32}");
        assertThat(registered.toString()).doesNotContain("li.wei");
        assertThat(repeat).isEqualTo(new RegistrationOutcome(first.caseId(), first.caseNumber(), false));
    }

    @Test
    void shouldCountARejectedSubmissionByChannelAndReasonAndWriteNothing() {
        var submission = Submissions.valid().channel("wechat").text(" ").build();

        assertThatThrownBy(() -> registrar.register(submission, SubmissionPath.KAFKA))
                .isInstanceOf(InvalidSubmissionException.class);

        assertThat(publisher.sent).isEmpty();
        assertThat(meters.counter(IntakeMetrics.REJECTED, "channel", "WECHAT", "reason", "missing_text").count())
                .isEqualTo(1);
    }

    @Test
    void shouldRegisterOnRetryWhenTheFirstWriteFailed() {
        var submission = Submissions.valid().build();
        publisher.failNext = true;
        assertThatThrownBy(() -> registrar.register(submission, SubmissionPath.REST))
                .isInstanceOf(EventPublishingException.class);

        RegistrationOutcome retry = registrar.register(submission, SubmissionPath.REST);

        assertThat(retry.created()).isTrue();
        assertThat(publisher.sent).hasSize(1);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private record Sent(String topic, String key, SpecificRecord event) {
    }

    private static final class RecordingPublisher extends IntakeEventPublisher {

        final List<Sent> sent = new ArrayList<>();
        boolean failNext;

        RecordingPublisher() {
            super(null, Duration.ofSeconds(1));
        }

        @Override
        public void publish(String topic, String caseId, SpecificRecord event) {
            if (failNext) {
                failNext = false;
                throw new EventPublishingException("broker unavailable", null);
            }
            sent.add(new Sent(topic, caseId, event));
        }
    }

    private static final class InMemoryRegisteredCases implements RegisteredCases {

        private final Map<String, ComplaintRegistered> cases = new HashMap<>();

        @Override
        public Optional<ComplaintRegistered> find(String caseId) {
            return Optional.ofNullable(cases.get(caseId));
        }

        @Override
        public void remember(ComplaintRegistered registration) {
            cases.put(registration.getCaseId(), registration);
        }
    }
}
