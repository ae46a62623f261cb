package com.redress.intake.channel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires how the Kafka door treats failing submissions. */
@Configuration(proxyBeanMethods = false)
class ChannelConfiguration {

    @Bean
    static SubmissionErrorClassification submissionErrorClassification() {
        return new SubmissionErrorClassification();
    }
}
