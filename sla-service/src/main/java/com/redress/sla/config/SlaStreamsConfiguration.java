package com.redress.sla.config;

import com.redress.events.sla.SlaEvent;
import com.redress.sla.calendar.CurrentCalendars;
import com.redress.sla.clock.ClockEngine;
import com.redress.sla.clock.CurrentClockEngine;
import com.redress.sla.engine.SlaEngineSettings;
import com.redress.sla.engine.SlaSerdes;
import com.redress.sla.engine.SlaTopology;
import com.redress.sla.metrics.MicrometerSlaMetrics;
import com.redress.sla.policy.ClockPolicy;
import com.redress.sla.policy.PolicyPack;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;

/**
 * Declares the SLA topology as a bean built on Spring's {@link StreamsBuilder}, with the clock engine, its metrics and
 * the serdes it needs; every Kafka setting comes from {@code spring.kafka.streams.*}.
 */
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
        return SlaSerdes.from(kafka.buildStreamsProperties());
    }

    @Bean
    KStream<String, SlaEvent> slaTopology(StreamsBuilder builder, SlaSerdes serdes, CurrentClockEngine engine,
            MicrometerSlaMetrics metrics, SlaEngineSettings settings) {
        return SlaTopology.build(builder, serdes, engine, metrics, settings);
    }
}
