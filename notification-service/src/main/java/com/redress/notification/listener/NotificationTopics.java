package com.redress.notification.listener;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The topics the service reads and writes, named in {@code application.yml} so listeners and the replay agree.
 *
 * @param registered      registrations ({@code complaints.registered})
 * @param updates         case updates ({@code complaints.updates})
 * @param graded          grades ({@code complaints.graded})
 * @param sla             SLA clock events ({@code sla.events})
 * @param outcomes        delivery outcomes, also the delivery ledger ({@code notifications.outcomes})
 * @param surveyResponses survey answers ({@code surveys.responses})
 */
@ConfigurationProperties("redress.notification.topics")
public record NotificationTopics(String registered, String updates, String graded, String sla, String outcomes,
        String surveyResponses) {
}
