package com.redress.grading.topology;

import org.apache.kafka.common.serialization.Serde;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.IncidentDetected;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;

/** The serdes of the topics the grading topology reads and writes, passed in so tests run the production wiring. */
public record GradingSerdes(
        Serde<String> keys,
        Serde<ComplaintRegistered> registered,
        Serde<CaseUpdate> updates,
        Serde<ComplaintGraded> graded,
        Serde<IncidentDetected> incidents) {
}
