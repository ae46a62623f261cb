package com.redress.notification.planning;

import java.util.Optional;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Service;

/**
 * Answers questions about a case from the planning's stores through Kafka Streams interactive queries: which instance
 * holds the case, and, on that instance, whether a survey of it was answered.
 *
 * <p>Each instance advertises its address in {@code application.server}; without it the instance holds every case it
 * is asked about, which is true when it runs alone.
 */
@Service
public class PlanningQueries {

    private final StreamsBuilderFactoryBean streams;

    PlanningQueries(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    /**
     * The other instance holding {@code caseId}'s partition; empty when this instance holds it.
     *
     * @throws InvalidStateStoreException while Streams is not running or the partition's owner is not known
     */
    public Optional<HostInfo> otherOwnerOf(String caseId) {
        KafkaStreams kafkaStreams = running();
        Optional<HostInfo> self = self();
        if (self.isEmpty()) {
            return Optional.empty();
        }
        KeyQueryMetadata owner = kafkaStreams.queryMetadataForKey(PlanningTopology.CASE_STORE, caseId,
                Serdes.String().serializer());
        if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw new InvalidStateStoreException("The owner of the case is not known yet");
        }
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
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw new InvalidStateStoreException("Kafka Streams is not running");
        }
        return kafkaStreams;
    }

    private Optional<HostInfo> self() {
        String server = streams.getStreamsConfiguration() == null ? null
                : streams.getStreamsConfiguration().getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG);
        return server == null || server.isBlank() ? Optional.empty() : Optional.of(HostInfo.buildFromEndpoint(server));
    }
}
