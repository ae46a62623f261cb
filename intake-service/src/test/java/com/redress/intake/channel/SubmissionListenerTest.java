package com.redress.intake.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.SubmittedContact;
import com.redress.intake.normalisation.FieldViolation;
import com.redress.intake.normalisation.InvalidSubmissionException;
import com.redress.intake.registration.ComplaintRegistrar;
import com.redress.intake.registration.RegistrationOutcome;
import com.redress.intake.registration.SubmissionPath;

class SubmissionListenerTest {

    private static final String CASE_ID = "6ea81cbd-9e3e-5133-8fd8-c124d45603b3";

    private final ComplaintRegistrar registrar = mock(ComplaintRegistrar.class);
    private final SubmissionListener listener = new SubmissionListener(registrar, new KafkaListenerEndpointRegistry());

    @Test
    void shouldRegisterASubmissionKeyedByItsChannelAndMessageIdAsWritten() {
        // Given a submission on an alias of the WeChat channel, keyed by the alias as written
        ChannelSubmission submission = submission("微信", "wx-20261124-0001");
        when(registrar.register(any(), eq(SubmissionPath.KAFKA)))
                .thenReturn(new RegistrationOutcome(CASE_ID, "CMP-1", true));

        // When
        listener.onSubmission(record("微信:wx-20261124-0001", submission));

        // Then
        verify(registrar).register(any(), eq(SubmissionPath.KAFKA));
    }

    @ParameterizedTest(name = "key \"{0}\"")
    @ValueSource(strings = {
            "微信:wx-20261124-0002",      // another message of the channel
            "wechat:wx-20261124-0001",    // another alias of the same channel
            "WECHAT:wx-20261124-0001",    // the channel as intake resolves it
            "微信:WX-20261124-0001",      // another case of the message id
            "微信:wx-20261124-0001 ",     // a trailing space
            "微信wx-20261124-0001",       // no separator
            "wx-20261124-0001",           // the message id alone
            ""})
    void shouldRefuseASubmissionWhoseKeyIsNotItsChannelAndMessageId(String key) {
        ChannelSubmission submission = submission("微信", "wx-20261124-0001");

        assertThatThrownBy(() -> listener.onSubmission(record(key, submission)))
                .isInstanceOfSatisfying(SubmissionKeyMismatchException.class,
                        error -> assertThat(error.reason()).isEqualTo("key_mismatch"))
                .hasMessageStartingWith("The record's key (" + key.getBytes(StandardCharsets.UTF_8).length
                        + " bytes) is not its submission's")
                .hasMessageNotContaining("wx-20261124");
        verify(registrar, never()).register(any(), any());
    }

    @Test
    void shouldRefuseASubmissionWithoutAKey() {
        ChannelSubmission submission = submission("wechat", "wx-20261124-0001");

        assertThatThrownBy(() -> listener.onSubmission(new ConsumerRecord<>("complaints.submitted", 0, 0L, null,
                submission)))
                .isInstanceOf(SubmissionKeyMismatchException.class)
                .hasMessageStartingWith("The record has no key");
        verify(registrar, never()).register(any(), any());
    }

    @Test
    void shouldRefuseAKeyWhoseBytesAreNotTheUtf8OfItsSubmission() {
        // Given a key of invalid UTF-8 that a lenient decoder would read as the submission's key with U+FFFD
        ChannelSubmission submission = submission("wechat", "wx-\uFFFD");
        byte[] key = {'w', 'e', 'c', 'h', 'a', 't', ':', 'w', 'x', '-', (byte) 0xFF};

        assertThatThrownBy(() -> listener.onSubmission(new ConsumerRecord<>("complaints.submitted", 0, 0L, key,
                submission)))
                .isInstanceOf(SubmissionKeyMismatchException.class);
    }

    @Test
    void shouldRefuseATombstone() {
        assertThatThrownBy(() -> listener.onSubmission(new ConsumerRecord<>("complaints.submitted", 0, 0L,
                "wechat:wx-1".getBytes(StandardCharsets.UTF_8), null)))
                .isInstanceOfSatisfying(EmptySubmissionException.class,
                        error -> assertThat(error.reason()).isEqualTo("empty_record"));
    }

    @Test
    void shouldRefuseASubmissionThatConflictsWithARegisteredCase() {
        // Given the registrar finds a case under the submission's key, with another text
        ChannelSubmission submission = submission("wechat", "wx-20261124-0001");
        when(registrar.register(any(), eq(SubmissionPath.KAFKA))).thenReturn(
                new RegistrationOutcome(CASE_ID, "CMP-1", RegistrationOutcome.Kind.CONFLICTING));

        // When / Then it goes to dead letters naming the case, not the text
        assertThatThrownBy(() -> listener.onSubmission(record("wechat:wx-20261124-0001", submission)))
                .isInstanceOfSatisfying(ConflictingSubmissionException.class,
                        error -> assertThat(error.reason()).isEqualTo("conflicting_submission"))
                .hasMessageContaining(CASE_ID)
                .hasMessageNotContaining(submission.getText());
    }

    @Test
    void shouldTakeAnHonestRepeatSilently() {
        ChannelSubmission submission = submission("wechat", "wx-20261124-0001");
        when(registrar.register(any(), eq(SubmissionPath.KAFKA)))
                .thenReturn(new RegistrationOutcome(CASE_ID, "CMP-1", false));

        listener.onSubmission(record("wechat:wx-20261124-0001", submission));

        verify(registrar).register(any(), eq(SubmissionPath.KAFKA));
    }

    @Test
    void shouldNameTheReasonCodesOfEveryRefusalForTheDeadLetter() {
        assertThat(ChannelConfiguration.reasonCodesOf(new InvalidSubmissionException(List.of(
                new FieldViolation("channel", "unknown_channel", "no alias"),
                new FieldViolation("text", "missing_text", "required")))))
                .containsExactly("unknown_channel", "missing_text");
        assertThat(ChannelConfiguration.reasonCodesOf(new SubmissionKeyMismatchException(null)))
                .containsExactly("key_mismatch");
        assertThat(ChannelConfiguration.reasonCodesOf(new ConflictingSubmissionException(CASE_ID)))
                .containsExactly("conflicting_submission");
        assertThat(ChannelConfiguration.reasonCodesOf(new EmptySubmissionException())).containsExactly("empty_record");
        assertThat(ChannelConfiguration.reasonCodesOf(new IllegalStateException("broker down"))).isEmpty();
    }

    private static ConsumerRecord<byte[], ChannelSubmission> record(String key, ChannelSubmission submission) {
        return new ConsumerRecord<>("complaints.submitted", 0, 0L, key.getBytes(StandardCharsets.UTF_8), submission);
    }

    private static ChannelSubmission submission(String channel, String messageId) {
        return ChannelSubmission.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2026-11-24T01:16:00Z"))
                .setSource("wechat-service-account")
                .setChannel(channel)
                .setChannelMessageId(messageId)
                .setReceivedAt(Instant.parse("2026-11-24T01:15:00Z"))
                .setContact(SubmittedContact.newBuilder().build())
                .setText("手机银行转账失败，钱被扣了")
                .build();
    }
}
