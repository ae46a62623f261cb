package com.redress.sla.config;

import com.redress.sla.clock.CurrentClockEngine;
import com.redress.sla.engine.SlaEngineSettings;
import com.redress.sla.engine.SlaSerdes;
import com.redress.sla.engine.SlaTopology;
import com.redress.sla.metrics.MicrometerSlaMetrics;

import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Adds the SLA topology to the {@link StreamsBuilder} that Spring Boot's Kafka Streams support runs. */
@Component
class SlaTopologyBuilder {

    private final SlaSerdes serdes;
    private final CurrentClockEngine engine;
    private final MicrometerSlaMetrics metrics;
    private final SlaEngineSettings settings;

    SlaTopologyBuilder(SlaSerdes serdes, CurrentClockEngine engine, MicrometerSlaMetrics metrics,
            SlaEngineSettings settings) {
        this.serdes = serdes;
        this.engine = engine;
        this.metrics = metrics;
        this.settings = settings;
    }

    @Autowired
    void build(StreamsBuilder builder) {
        SlaTopology.build(builder, serdes, engine, metrics, settings);
    }
}
