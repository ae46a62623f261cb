package com.redress.grading.topology;

import java.util.Map;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.IncidentDetected;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.platform.serde.AvroSerdes;

/** The serdes of the topics the grading topology reads and writes, passed in so tests run the production wiring. */
public record GradingSerdes(
        Serde<String> keys,
        Serde<ComplaintRegistered> registered,
        Serde<CaseUpdate> updates,
        Serde<ComplaintGraded> graded,
        Serde<IncidentDetected> incidents) {

    /**
     * The serdes configured from the Kafka Streams settings ({@code spring.kafka.streams.*}, which include
     * {@code spring.kafka.properties.*}), or {@code mock://<scope>} in topology tests.
     */
    public static GradingSerdes from(Map<String, ?> streamsProperties) {
        return new GradingSerdes(Serdes.String(),
                AvroSerdes.specific(ComplaintRegistered.class, streamsProperties, false),
                AvroSerdes.specific(CaseUpdate.class, streamsProperties, false),
                AvroSerdes.specific(ComplaintGraded.class, streamsProperties, false),
                AvroSerdes.specific(IncidentDetected.class, streamsProperties, false));
    }
}
