package com.redress.intake.updates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import com.redress.intake.deduplication.RegisteredCasesUnavailableException;

/**
 * {@link CaseLifecycles} read from the global store of {@link CaseLifecycleTopology}, plus the states this instance's
 * latest writes left: the store reads an update back a moment after it is written, and a case handler's next update
 * (resolve, then close) may come sooner. A state this instance wrote counts until the store holds its update, or for
 * {@link #READ_BACK_WINDOW} at most, after which the store, which also sees other instances' writes, decides alone.
 */
class StreamsCaseLifecycles implements CaseLifecycles {

    static final Duration READ_BACK_WINDOW = Duration.ofSeconds(30);
    private static final int RECENT_CAPACITY = 10_000;

    private final StreamsBuilderFactoryBean streams;
    private final Clock clock;
    private final Map<String, Written> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Written> eldest) {
            return size() > RECENT_CAPACITY;
        }
    };

    StreamsCaseLifecycles(StreamsBuilderFactoryBean streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    @Override
    public CaseLifecycleState stateOf(String caseId) {
        CaseLifecycleState stored = store().get(caseId);
        Written written;
        synchronized (recent) {
            written = recent.get(caseId);
        }
        if (written != null && isNewerThan(written, stored)) {
            return written.state();
        }
        return stored == null ? CaseLifecycleState.initial() : stored;
    }

    @Override
    public void remember(String caseId, CaseLifecycleState state) {
        synchronized (recent) {
            recent.put(caseId, new Written(state, clock.instant()));
        }
    }

    private boolean isNewerThan(Written written, CaseLifecycleState stored) {
        if (clock.instant().isAfter(written.at().plus(READ_BACK_WINDOW))) {
            return false;
        }
        List<CaseLifecycleState.RecordedUpdate> updates = written.state().recentUpdates();
        return stored == null || updates.isEmpty() || !stored.includes(updates.get(updates.size() - 1).eventId());
    }

    private ReadOnlyKeyValueStore<String, CaseLifecycleState> store() {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw new RegisteredCasesUnavailableException("The case lifecycle view is still loading", null);
        }
        try {
            return kafkaStreams.store(StoreQueryParameters.fromNameAndType(
                    CaseLifecycleTopology.CASE_LIFECYCLE_STORE, QueryableStoreTypes.keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new RegisteredCasesUnavailableException("The case lifecycle view is not readable now", e);
        }
    }

    private record Written(CaseLifecycleState state, Instant at) {
    }
}
