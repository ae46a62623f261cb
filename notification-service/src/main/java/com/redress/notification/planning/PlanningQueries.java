package com.redress.notification.planning;

import java.util.Optional;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Service;

import com.redress.platform.streams.QueryableStreams;

/**
 * Answers questions about a case from the planning's stores through Kafka Streams interactive queries: which instance
 * holds the case, and, on that instance, whether a survey of it was answered.
 *
 * <p>Each instance advertises its address in {@code application.server}; without it the instance holds every case it
 * is asked about, which is true when it runs alone.
 */
@Service
public class PlanningQueries {

    private final QueryableStreams streams;

    PlanningQueries(StreamsBuilderFactoryBean streams) {
        this.streams = new QueryableStreams(streams);
    }

    /**
     * The other instance holding {@code caseId}'s partition; empty when this instance holds it.
     *
     * @throws InvalidStateStoreException while Streams is not running or the partition's owner is not known
     */
    public Optional<HostInfo> otherOwnerOf(String caseId) {
        KafkaStreams kafkaStreams = running();
        Optional<HostInfo> self = streams.self();
        if (self.isEmpty()) {
            return Optional.empty();
        }
        KeyQueryMetadata owner = streams.ownerOf(kafkaStreams, PlanningTopology.CASE_STORE, caseId)
                .orElseThrow(() -> new InvalidStateStoreException("The owner of the case is not known yet"));
        return owner.activeHost().equals(self.get()) ? Optional.empty() : Optional.of(owner.activeHost());
    }

    /**
     * Whether this instance's store holds an answer to {@code surveyId} of {@code caseId}.
     *
     * @throws InvalidStateStoreException while the store is being restored or moved
     */
    public boolean answeredHere(String caseId, String surveyId) {
        ReadOnlyKeyValueStore<String, CaseState> cases = running().store(StoreQueryParameters.fromNameAndType(
                PlanningTopology.CASE_STORE, QueryableStoreTypes.<String, CaseState>keyValueStore()));
        CaseState state = cases.get(caseId);
        return state != null && state.answered(surveyId);
    }

    private KafkaStreams running() {
        return streams.when(state -> state == KafkaStreams.State.RUNNING)
                .orElseThrow(() -> new InvalidStateStoreException("Kafka Streams is not running"));
    }
}
