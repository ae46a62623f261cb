package com.redress.intake.deduplication;

import java.util.Optional;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import com.redress.events.intake.ComplaintRegistered;

/** {@link RegisteredCases} read from the global table of {@link RegisteredCasesTopology}, plus this instance's latest writes. */
public class StreamsRegisteredCases implements RegisteredCases {

    private static final int RECENT_CAPACITY = 10_000;

    private final StreamsBuilderFactoryBean streams;
    private final RecentRegistrations recent = new RecentRegistrations(RECENT_CAPACITY);

    public StreamsRegisteredCases(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @Override
    public Optional<ComplaintRegistered> find(String caseId) {
        Optional<ComplaintRegistered> justWritten = recent.get(caseId);
        if (justWritten.isPresent()) {
            return justWritten;
        }
        return Optional.ofNullable(store().get(caseId));
    }

    @Override
    public void remember(ComplaintRegistered registration) {
        recent.put(registration);
    }

    private ReadOnlyKeyValueStore<String, ComplaintRegistered> store() {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw new RegisteredCasesUnavailableException("The registered-cases view is still loading", null);
        }
        try {
            return kafkaStreams.store(StoreQueryParameters.fromNameAndType(
                    RegisteredCasesTopology.REGISTERED_CASES_STORE, QueryableStoreTypes.keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new RegisteredCasesUnavailableException("The registered-cases view is not readable now", e);
        }
    }
}
