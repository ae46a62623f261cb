package com.redress.intake.updates;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

import com.redress.contract.Topics;
import com.redress.events.intake.CaseUpdate;
import com.redress.platform.streams.JsonStateSerdes;

/**
 * A global store of every case's {@link CaseLifecycleState}, folded from {@code complaints.updates} on every instance,
 * so that any instance can tell which updates a case allows. Kafka Streams restores a global store by running the
 * same fold over the topic, so the store needs no changelog of its own.
 */
public final class CaseLifecycleTopology {

    public static final String CASE_LIFECYCLE_STORE = "case-lifecycle";
    static final String SOURCE_NAME = "case-lifecycle-source";

    private CaseLifecycleTopology() {
    }

    public static void build(StreamsBuilder builder, Serde<CaseUpdate> updateSerde) {
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CASE_LIFECYCLE_STORE), Serdes.String(),
                        JsonStateSerdes.of(CaseLifecycleState.class)).withLoggingDisabled(),
                Topics.COMPLAINTS_UPDATES,
                Consumed.with(Serdes.String(), updateSerde).withName(SOURCE_NAME),
                Fold::new);
    }

    /** Applies each update to its case's state. */
    private static final class Fold implements Processor<String, CaseUpdate, Void, Void> {

        private KeyValueStore<String, CaseLifecycleState> store;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(CASE_LIFECYCLE_STORE);
        }

        @Override
        public void process(Record<String, CaseUpdate> record) {
            if (record.key() == null || record.value() == null) {
                return;
            }
            CaseLifecycleState current = store.get(record.key());
            CaseLifecycleState state = current == null ? CaseLifecycleState.initial() : current;
            store.put(record.key(), state.after(record.value(), UpdateDigest.of(record.value())));
        }
    }
}
