package com.redress.sla.engine;

import java.util.Set;
import java.util.function.Supplier;

import com.redress.contract.Topics;
import com.redress.events.sla.SlaEvent;
import com.redress.platform.streams.JsonStateSerdes;
import com.redress.sla.clock.CaseClocks;
import com.redress.sla.clock.ClockEngine;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SLA service's Kafka Streams topology: registrations, grades and case updates of a case meet in one clock
 * processor, keyed by case id, which publishes {@link SlaEvent}s to {@code sla.events}.
 */
public final class SlaTopology {

    /** Name of the per-case clock state store. */
    public static final String CASE_STORE = "sla-case-clocks";
    /** Name of the due-time index store. */
    public static final String DUE_INDEX_STORE = DueIndex.STORE;

    /**
     * How a case's clock state is written to its store and changelog: the fields of {@code CaseClocks} and
     * {@code Clock}, whatever their accessors, as it has been written since the first release.
     */
    static final JsonMapper CLOCK_STATE_JSON = JsonMapper.builder()
            .changeDefaultVisibility(visibility -> visibility
                    .withVisibility(PropertyAccessor.ALL, Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                    .withVisibility(PropertyAccessor.CREATOR, Visibility.ANY))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SlaTopology() {
    }

    /**
     * Adds the topology to {@code builder} and returns its output stream: the one method both the service's topology
     * bean and the topology tests call. The engine is asked for anew so that replaced calendars come into force.
     */
    public static KStream<String, SlaEvent> build(StreamsBuilder builder, SlaSerdes serdes,
            Supplier<ClockEngine> engines, SlaMetrics metrics, SlaEngineSettings settings) {
        // The three inputs are co-partitioned by case id, so merging them keeps every event of a case in one task.
        KStream<String, SpecificRecord> registered = builder
                .stream(Topics.COMPLAINTS_REGISTERED, Consumed.with(Serdes.String(), serdes.registered())
                        .withName("registered-source"))
                .mapValues(value -> (SpecificRecord) value, Named.as("registered-as-case-event"));
        KStream<String, SpecificRecord> graded = builder
                .stream(Topics.COMPLAINTS_GRADED, Consumed.with(Serdes.String(), serdes.graded())
                        .withName("graded-source"))
                .mapValues(value -> (SpecificRecord) value, Named.as("graded-as-case-event"));
        KStream<String, SpecificRecord> updates = builder
                .stream(Topics.COMPLAINTS_UPDATES, Consumed.with(Serdes.String(), serdes.updates())
                        .withName("updates-source"))
                .mapValues(value -> (SpecificRecord) value, Named.as("update-as-case-event"));

        KStream<String, SlaEvent> slaEvents = registered.merge(graded, Named.as("merge-graded"))
                .merge(updates, Named.as("merge-updates"))
                .process(new ClockProcessorSupplier(engines, metrics, settings), Named.as("sla-clocks"));
        slaEvents.to(Topics.SLA_EVENTS, Produced.with(Serdes.String(), serdes.slaEvents()).withName("sla-events-sink"));
        return slaEvents;
    }

    /** Supplies the clock processor together with the stores it owns. */
    private record ClockProcessorSupplier(Supplier<ClockEngine> engines, SlaMetrics metrics, SlaEngineSettings settings)
            implements ProcessorSupplier<String, SpecificRecord, String, SlaEvent> {

        @Override
        public Processor<String, SpecificRecord, String, SlaEvent> get() {
            return new SlaClockProcessor(engines, metrics, settings);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            StoreBuilder<?> cases = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CASE_STORE),
                    Serdes.String(), JsonStateSerdes.of(CaseClocks.class, CLOCK_STATE_JSON));
            StoreBuilder<?> dueIndex = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DUE_INDEX_STORE),
                    Serdes.String(), Serdes.String());
            return Set.of(cases, dueIndex);
        }
    }
}
