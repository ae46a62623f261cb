package com.redress.intake.status;

import java.util.Optional;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import com.redress.intake.deduplication.RegisteredCases;
import com.redress.intake.deduplication.RegisteredCasesUnavailableException;
import com.redress.intake.updates.UnknownCaseException;
import com.redress.platform.streams.QueryableStreams;

/**
 * Answers for any case from any instance, through Kafka Streams interactive queries: the instance that holds the
 * case's partition answers from its store, any other asks that one ({@link RemoteCaseViews}) with the caller's API key,
 * so the owner admits and filters the request on the same grounds.
 *
 * <p>Each instance advertises its address in {@code application.server}; without it the instance answers from its own
 * stores, which is complete when it runs alone. During a rebalance an instance answers from its own copy of the
 * partition, a standby or a task still restoring, when it has one, and the owner cannot be asked; with no copy and no
 * owner to ask, the view is unavailable for the moment ({@link CaseStatusUnavailableException}).
 */
public class CaseViewQueries {

    private final QueryableStreams streams;
    private final RegisteredCases registeredCases;
    private final RemoteCaseViews remote;

    public CaseViewQueries(StreamsBuilderFactoryBean streams, RegisteredCases registeredCases, RemoteCaseViews remote) {
        this.streams = new QueryableStreams(streams);
        this.registeredCases = registeredCases;
        this.remote = remote;
    }

    /**
     * The status of {@code caseId} as {@code access} may see it.
     *
     * @param apiKey    the caller's API key, passed on when another instance holds the case
     * @param forwarded whether another instance forwarded the request: it is answered here, never passed on again
     * @throws UnknownCaseException           when no such case is registered, or {@code access} may not read it
     * @throws CaseStatusUnavailableException while the view is loading or rebalancing and cannot answer for the case
     * @throws RegisteredCasesUnavailableException while the registered-cases view is loading
     */
    public CaseStatusView statusOf(String caseId, CaseAccess access, String apiKey, boolean forwarded) {
        KafkaStreams kafkaStreams = readable();
        Optional<HostInfo> self = streams.self();
        if (self.isEmpty()) {
            return local(kafkaStreams, caseId, null, access);
        }
        KeyQueryMetadata owner = streams.ownerOf(kafkaStreams, CaseViewTopology.CASE_STORE, caseId).orElseThrow(
                () -> new CaseStatusUnavailableException("The owner of the case is not known yet", null));
        boolean ownedHere = owner.activeHost().equals(self.get());
        if (ownedHere || forwarded) {
            return local(kafkaStreams, caseId, owner.partition(), access);
        }
        try {
            return remote.statusOf(owner.activeHost(), caseId, apiKey);
        } catch (CaseStatusUnavailableException ownerUnavailable) {
            if (owner.standbyHosts().contains(self.get())) {
                return local(kafkaStreams, caseId, owner.partition(), access);
            }
            throw ownerUnavailable;
        }
    }

    private CaseStatusView local(KafkaStreams kafkaStreams, String caseId, Integer partition,
            CaseAccess access) {
        StoreQueryParameters<ReadOnlyKeyValueStore<String, CaseState>> query = StoreQueryParameters
                .fromNameAndType(CaseViewTopology.CASE_STORE, QueryableStoreTypes.<String, CaseState>keyValueStore())
                .enableStaleStores();
        if (partition != null) {
            query = query.withPartition(partition);
        }
        CaseState state;
        try {
            state = Optional.ofNullable(kafkaStreams.store(query).get(caseId)).orElse(CaseState.EMPTY);
        } catch (InvalidStateStoreException e) {
            throw new CaseStatusUnavailableException("This instance holds no copy of the case's partition now", e);
        }
        return withRegistration(caseId, state).viewFor(caseId, access).orElseThrow(UnknownCaseException::new);
    }

    /**
     * A case is shown as soon as intake has registered it, not only once the view has read the registration back from
     * complaints.registered: a client that reads the case it has just submitted finds it. Intake's registered-cases
     * store holds every registration on every instance.
     */
    private CaseState withRegistration(String caseId, CaseState state) {
        if (state.registration() != null) {
            return state;
        }
        return registeredCases.find(caseId)
                .map(registered -> CaseViewTopology.foldRegistration(caseId, registered, state))
                .orElse(state);
    }

    private KafkaStreams readable() {
        return streams.when(KafkaStreams.State::isRunningOrRebalancing)
                .orElseThrow(() -> new CaseStatusUnavailableException("The case view is not running", null));
    }
}
