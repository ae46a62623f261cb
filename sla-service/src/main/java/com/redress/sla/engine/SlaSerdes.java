package com.redress.sla.engine;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.sla.SlaEvent;

import org.apache.kafka.common.serialization.Serde;

/** The value serdes of the topics the SLA topology reads and writes. */
public record SlaSerdes(Serde<ComplaintRegistered> registered, Serde<ComplaintGraded> graded,
        Serde<CaseUpdate> updates, Serde<SlaEvent> slaEvents) {
}
