package com.redress.sla.engine;

import java.util.Map;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.sla.SlaEvent;
import com.redress.platform.serde.AvroSerdes;

import org.apache.kafka.common.serialization.Serde;

/** The value serdes of the topics the SLA topology reads and writes. */
public record SlaSerdes(Serde<ComplaintRegistered> registered, Serde<ComplaintGraded> graded,
        Serde<CaseUpdate> updates, Serde<SlaEvent> slaEvents) {

    /**
     * The serdes configured from the Kafka Streams settings ({@code spring.kafka.streams.*}, which include
     * {@code spring.kafka.properties.*}): {@code schema.registry.url}, {@code auto.register.schemas} and
     * {@code specific.avro.reader}, or {@code mock://<scope>} in topology tests.
     */
    public static SlaSerdes from(Map<String, ?> streamsProperties) {
        return new SlaSerdes(
                AvroSerdes.specific(ComplaintRegistered.class, streamsProperties, false),
                AvroSerdes.specific(ComplaintGraded.class, streamsProperties, false),
                AvroSerdes.specific(CaseUpdate.class, streamsProperties, false),
                AvroSerdes.specific(SlaEvent.class, streamsProperties, false));
    }
}
