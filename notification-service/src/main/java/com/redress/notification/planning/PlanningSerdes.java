package com.redress.notification.planning;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationRequested;
import com.redress.events.sla.SlaEvent;
import com.redress.events.survey.SurveyResponse;

import org.apache.kafka.common.serialization.Serde;

/** The Avro serdes of the planning's input and output topics. */
public record PlanningSerdes(Serde<ComplaintRegistered> registered, Serde<ComplaintGraded> graded,
        Serde<CaseUpdate> updates, Serde<SlaEvent> slaEvents, Serde<NotificationOutcome> outcomes,
        Serde<SurveyResponse> surveyResponses, Serde<NotificationRequested> requested) {
}
