package com.redress.intake.channel;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;

import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.FirstContactOwner;
import com.redress.intake.deduplication.RegisteredCasesReadyEvent;
import com.redress.intake.normalisation.Submission;
import com.redress.intake.registration.ComplaintRegistrar;
import com.redress.intake.registration.RegistrationOutcome;
import com.redress.intake.registration.SubmissionPath;
import com.redress.platform.deadletter.DeadLetterReasons;

/**
 * Registers complaints channel systems publish to {@code complaints.submitted}, exactly as the REST door does.
 *
 * <p>It starts only once the registered-cases view has loaded, so de-duplication never runs on a partial view. A
 * record is refused, and not retried, when it has no value, when its key is not its submission's
 * ({@link SubmissionKeys}), when its submission is invalid, or when it conflicts with a registered case (the same
 * channel and channel message id, another text). The platform's error handler sends it to
 * {@code complaints.submitted.dlt}, with the codes in the {@value DeadLetterReasons#HEADER} header (see
 * {@link ChannelConfiguration}) and the full reasons in {@code kafka_dlt-exception-message}.
 */
@Component
class SubmissionListener {

    static final String LISTENER_ID = "intake-submissions";

    private final ComplaintRegistrar registrar;
    private final KafkaListenerEndpointRegistry listeners;

    SubmissionListener(ComplaintRegistrar registrar, KafkaListenerEndpointRegistry listeners) {
        this.registrar = registrar;
        this.listeners = listeners;
    }

    @KafkaListener(id = LISTENER_ID, topics = "${redress.intake.submissions-topic}", autoStartup = "false",
            concurrency = "${redress.intake.listener-concurrency:1}")
    void onSubmission(ConsumerRecord<byte[], ChannelSubmission> record) {
        ChannelSubmission submission = record.value();
        if (submission == null) {
            throw new EmptySubmissionException();
        }
        SubmissionKeys.requireKeyOf(submission, record.key());
        RegistrationOutcome outcome = registrar.register(toSubmission(submission), SubmissionPath.KAFKA);
        if (outcome.conflicting()) {
            throw new ConflictingSubmissionException(outcome.caseId());
        }
    }

    @EventListener(RegisteredCasesReadyEvent.class)
    void startWhenRegisteredCasesReady() {
        listeners.getListenerContainer(LISTENER_ID).start();
    }

    static Submission toSubmission(ChannelSubmission submission) {
        FirstContactOwner owner = submission.getFirstContactOwner();
        return new Submission(
                submission.getSource(),
                submission.getChannel(),
                submission.getChannelMessageId(),
                null,
                submission.getReceivedAt(),
                submission.getReceivedZoneId(),
                submission.getCustomerReference(),
                submission.getContact().getPhone(),
                submission.getContact().getEmail(),
                submission.getContact().getAppPushId(),
                submission.getContact().getPreferredContactChannel(),
                submission.getContact().getPreferredLanguage(),
                submission.getCustomerSegment(),
                submission.getProduct(),
                submission.getAmountAsWritten(),
                submission.getText(),
                submission.getChannelCodes(),
                owner == null ? null : owner.getStaffId(),
                owner == null ? null : owner.getUnitId());
    }
}
