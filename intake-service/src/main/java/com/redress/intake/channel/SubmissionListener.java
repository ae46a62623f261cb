package com.redress.intake.channel;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Component;

import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.FirstContactOwner;
import com.redress.intake.deduplication.RegisteredCasesReadyEvent;
import com.redress.intake.normalisation.FieldViolation;
import com.redress.intake.normalisation.InvalidSubmissionException;
import com.redress.intake.normalisation.Submission;
import com.redress.intake.registration.ComplaintRegistrar;
import com.redress.intake.registration.SubmissionPath;

/**
 * Registers complaints channel systems publish to {@code complaints.submitted}, exactly as the REST door does.
 *
 * <p>It starts only once the registered-cases view has loaded, so de-duplication never runs on a partial view. An
 * invalid submission is not retried: the platform's error handler sends it to {@code complaints.submitted.dlt}, with
 * the violation codes in the {@value #REJECTION_REASONS_HEADER} header and the full reasons in
 * {@code kafka_dlt-exception-message}.
 */
@Component
class SubmissionListener {

    static final String LISTENER_ID = "intake-submissions";
    /** Header on a dead-lettered submission: the violation codes, comma-separated, e.g. missing_text,invalid_email. */
    static final String REJECTION_REASONS_HEADER = "redress_rejection-reasons";

    private final ComplaintRegistrar registrar;
    private final KafkaListenerEndpointRegistry listeners;

    SubmissionListener(ComplaintRegistrar registrar, KafkaListenerEndpointRegistry listeners) {
        this.registrar = registrar;
        this.listeners = listeners;
    }

    @KafkaListener(id = LISTENER_ID, topics = "${redress.intake.submissions-topic}", autoStartup = "false",
            concurrency = "${redress.intake.listener-concurrency:1}")
    void onSubmission(ConsumerRecord<String, ChannelSubmission> record) {
        try {
            if (record.value() == null) {
                throw new EmptySubmissionException();
            }
            registrar.register(toSubmission(record.value()), SubmissionPath.KAFKA);
        } catch (InvalidSubmissionException e) {
            // the dead-letter publisher copies the consumed record's headers, so the codes travel with the record
            addRejectionReasons(record, e.violations().stream().map(FieldViolation::code)
                    .collect(Collectors.joining(",")));
            throw e;
        } catch (EmptySubmissionException e) {
            addRejectionReasons(record, EmptySubmissionException.REASON);
            throw e;
        }
    }

    private static void addRejectionReasons(ConsumerRecord<String, ChannelSubmission> record, String codes) {
        record.headers().add(REJECTION_REASONS_HEADER, codes.getBytes(StandardCharsets.UTF_8));
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
