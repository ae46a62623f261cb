package com.redress.sla.config;

import java.util.Map;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.sla.SlaEvent;
import com.redress.platform.serde.AvroSerdes;
import com.redress.sla.calendar.CurrentCalendars;
import com.redress.sla.clock.ClockEngine;
import com.redress.sla.clock.CurrentClockEngine;
import com.redress.sla.engine.SlaEngineSettings;
import com.redress.sla.engine.SlaSerdes;
import com.redress.sla.metrics.MicrometerSlaMetrics;
import com.redress.sla.policy.ClockPolicy;
import com.redress.sla.policy.PolicyPack;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;

/** Wires the clock engine, its metrics and the serdes of the SLA topology from Spring Boot's Kafka settings. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class SlaStreamsConfiguration {

    @Bean
    MicrometerSlaMetrics slaMetrics(MeterRegistry registry, PolicyPack pack) {
        MicrometerSlaMetrics metrics = new MicrometerSlaMetrics(registry);
        pack.clocksByTier().forEach((tier, clocks) -> clocks.stream().map(ClockPolicy::kind)
                .forEach(kind -> metrics.expect(tier, kind)));
        return metrics;
    }

    @Bean
    CurrentClockEngine clockEngine(PolicyPack pack, CurrentCalendars calendars, MicrometerSlaMetrics metrics) {
        return new CurrentClockEngine(new ClockEngine(pack, calendars.catalog(), metrics::extensionRejected),
                calendars);
    }

    @Bean
    SlaEngineSettings slaEngineSettings(SlaProperties properties) {
        return new SlaEngineSettings(properties.tick(), properties.onTimeTolerance(), properties.maxDuePerTick());
    }

    @Bean
    SlaSerdes slaSerdes(KafkaProperties kafka) {
        // spring.kafka.properties carries schema.registry.url, auto.register.schemas and specific.avro.reader
        Map<String, String> configs = kafka.getProperties();
        return new SlaSerdes(
                AvroSerdes.specific(ComplaintRegistered.class, configs, false),
                AvroSerdes.specific(ComplaintGraded.class, configs, false),
                AvroSerdes.specific(CaseUpdate.class, configs, false),
                AvroSerdes.specific(SlaEvent.class, configs, false));
    }
}
