package com.redress.grading.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Deletes a processor's per-case state a retention period after the case was closed: a store of due times ordered by
 * time, and a wall-clock punctuator that hands each case that has come due to the processor's delete action.
 * Reopening a case cancels its expiry. Without this, per-case stores would grow with every case ever graded.
 */
final class ClosedCaseExpiry {

    private final KeyValueStore<String, Long> dueByCase;
    private final KeyValueStore<String, String> casesByDue;
    private final Duration retention;
    private final Consumer<String> delete;

    private ClosedCaseExpiry(KeyValueStore<String, Long> dueByCase, KeyValueStore<String, String> casesByDue,
            Duration retention, Consumer<String> delete) {
        this.dueByCase = dueByCase;
        this.casesByDue = casesByDue;
        this.retention = retention;
        this.delete = delete;
    }

    /** The two stores a processor with expiry needs, named after its own state store. */
    static Set<StoreBuilder<?>> stores(String stateStore) {
        return Set.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(dueByCaseStore(stateStore)),
                        Serdes.String(), Serdes.Long()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(casesByDueStore(stateStore)),
                        Serdes.String(), Serdes.String()));
    }

    /**
     * Opens the expiry stores of {@code stateStore} and schedules the punctuator.
     *
     * @param delete deletes the processor's state of one case
     */
    static ClosedCaseExpiry start(ProcessorContext<?, ?> context, String stateStore, CaseRetention retention,
            Consumer<String> delete) {
        ClosedCaseExpiry expiry = new ClosedCaseExpiry(context.getStateStore(dueByCaseStore(stateStore)),
                context.getStateStore(casesByDueStore(stateStore)), retention.afterClosure(), delete);
        context.schedule(retention.scanInterval(), PunctuationType.WALL_CLOCK_TIME, expiry::expireDue);
        return expiry;
    }

    static String dueByCaseStore(String stateStore) {
        return stateStore + "-expiry-by-case";
    }

    static String casesByDueStore(String stateStore) {
        return stateStore + "-expiry-by-due";
    }

    /** The case's state is due for deletion a retention period after {@code fromMillis}, replacing an earlier due. */
    void expireAfter(String caseId, long fromMillis) {
        cancel(caseId);
        long due = fromMillis + retention.toMillis();
        dueByCase.put(caseId, due);
        casesByDue.put(dueKey(due, caseId), caseId);
    }

    /** The case's state is kept after all, e.g. because it was reopened. */
    void cancel(String caseId) {
        Long due = dueByCase.delete(caseId);
        if (due != null) {
            casesByDue.delete(dueKey(due, caseId));
        }
    }

    /** Deletes the state of every case due at {@code nowMillis}; returns how many. */
    int expireDue(long nowMillis) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        // keys sort by due time, so everything up to now is one range; collected first so the store is not changed
        // under its own iterator
        try (KeyValueIterator<String, String> entries = casesByDue.range(null, dueKey(nowMillis, "\uffff"))) {
            entries.forEachRemaining(due::add);
        }
        for (KeyValue<String, String> entry : due) {
            casesByDue.delete(entry.key);
            dueByCase.delete(entry.value);
            delete.accept(entry.value);
        }
        return due.size();
    }

    private static String dueKey(long dueMillis, String caseId) {
        return String.format(Locale.ROOT, "%019d/%s", Math.max(0, dueMillis), caseId);
    }
}
