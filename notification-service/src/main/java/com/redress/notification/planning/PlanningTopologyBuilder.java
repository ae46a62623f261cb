package com.redress.notification.planning;

import java.time.Clock;

import com.redress.notification.rules.NotificationPlanner;

import org.apache.kafka.streams.StreamsBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Adds the planning topology to the {@link StreamsBuilder} that Spring Boot's Kafka Streams support runs. */
@Component
class PlanningTopologyBuilder {

    private final PlanningSerdes serdes;
    private final NotificationPlanner planner;
    private final PlanningSettings settings;
    private final String source;
    private final Clock clock;

    PlanningTopologyBuilder(PlanningSerdes serdes, NotificationPlanner planner, PlanningSettings settings,
            @Value("${spring.application.name}") String source, Clock clock) {
        this.serdes = serdes;
        this.planner = planner;
        this.settings = settings;
        this.source = source;
        this.clock = clock;
    }

    @Autowired
    void build(StreamsBuilder builder) {
        PlanningTopology.build(builder, serdes, planner, settings, source, clock);
    }
}
