package com.redress.intake.status;

import java.util.Optional;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/** {@link LatestCaseEvents} read from the global stores of {@link CaseStatusTopology}. */
class StreamsLatestCaseEvents implements LatestCaseEvents {

    private final StreamsBuilderFactoryBean statusStreams;

    StreamsLatestCaseEvents(StreamsBuilderFactoryBean statusStreams) {
        this.statusStreams = statusStreams;
    }

    @Override
    public Optional<byte[]> find(String storeName, String caseId) {
        KafkaStreams streams = statusStreams.getKafkaStreams();
        if (streams == null || !streams.state().isRunningOrRebalancing()) {
            throw new CaseStatusUnavailableException("The case status view is still loading", null);
        }
        try {
            ReadOnlyKeyValueStore<String, byte[]> store = streams.store(StoreQueryParameters.fromNameAndType(storeName,
                    QueryableStoreTypes.<String, byte[]>keyValueStore()));
            return Optional.ofNullable(store.get(caseId));
        } catch (InvalidStateStoreException e) {
            throw new CaseStatusUnavailableException("The case status view is not readable now", e);
        }
    }
}
