package com.redress.intake.channel;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.redress.intake.normalisation.FieldViolation;
import com.redress.intake.normalisation.InvalidSubmissionException;
import com.redress.platform.deadletter.DeadLetterReasons;
import com.redress.platform.deadletter.FailureClassification;

/** Wires how the Kafka door treats failing submissions. */
@Configuration(proxyBeanMethods = false)
class ChannelConfiguration {

    @Bean
    FailureClassification submissionFailureClassification() {
        return new SubmissionFailureClassification();
    }

    /** The reason codes of a dead-lettered submission: every violation's code, or why the record was refused. */
    @Bean
    DeadLetterReasons submissionRejectionReasons() {
        return ChannelConfiguration::reasonCodesOf;
    }

    static List<String> reasonCodesOf(Throwable failure) {
        if (failure instanceof InvalidSubmissionException invalid) {
            return invalid.violations().stream().map(FieldViolation::code).toList();
        }
        if (failure instanceof RejectedRecordException rejected) {
            return List.of(rejected.reason());
        }
        return List.of();
    }
}
