package com.redress.sla.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.redress.sla.clock.CurrentClockEngine;
import com.redress.sla.engine.SlaTopology;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Service;

import com.redress.platform.streams.QueryableStreams;

/**
 * Answers clock queries across all instances of the service: a case's clocks from the instance that holds its
 * partition, the clocks at risk from every instance, through Kafka Streams interactive queries.
 *
 * <p>Each instance advertises its query address in {@code application.server}; without it the instance answers from
 * its own stores only, which is complete when it runs alone.
 */
@Service
public class ClockQueries {

    private final QueryableStreams streams;
    private final LocalClockStore local;
    private final RemoteClockQueries remote;

    ClockQueries(StreamsBuilderFactoryBean streams, CurrentClockEngine engine, RemoteClockQueries remote) {
        this.streams = new QueryableStreams(streams);
        this.local = new LocalClockStore(engine);
        this.remote = remote;
    }

    /**
     * The clocks of {@code caseId}, empty when no instance knows the case.
     *
     * @param apiKey the caller's API key, passed on when another instance holds the case
     * @throws InvalidStateStoreException while the stores are being restored or rebalanced
     */
    public Optional<List<ClockView>> clocksOf(String caseId, String apiKey) {
        KafkaStreams kafkaStreams = running();
        Optional<HostInfo> self = streams.self();
        if (self.isPresent()) {
            KeyQueryMetadata owner = streams.ownerOf(kafkaStreams, SlaTopology.CASE_STORE, caseId)
                    .orElseThrow(() -> new InvalidStateStoreException("The owner of the case is not known yet"));
            if (!owner.activeHost().equals(self.get())) {
                return remote.clocksOf(owner.activeHost(), caseId, apiKey);
            }
        }
        return local.clocksOf(kafkaStreams, caseId, Instant.now());
    }

    /**
     * The running clocks of all instances due within {@code horizon} from now, earliest first, of {@code tier} only
     * when given; {@code apiKey}, the caller's, is passed on to the other instances.
     */
    public List<AtRiskClock> atRisk(Duration horizon, Optional<Integer> tier, String apiKey) {
        List<AtRiskClock> all = new ArrayList<>(atRiskHere(horizon, tier));
        Optional<HostInfo> self = streams.self();
        if (self.isPresent()) {
            for (StreamsMetadata instance : running().streamsMetadataForStore(SlaTopology.CASE_STORE)) {
                if (!instance.hostInfo().equals(self.get())) {
                    all.addAll(remote.atRisk(instance.hostInfo(), horizon, tier, apiKey));
                }
            }
        }
        all.sort(Comparator.comparing(AtRiskClock::deadline).thenComparing(AtRiskClock::caseId));
        return all;
    }

    /** The at-risk clocks of this instance's own stores. */
    public List<AtRiskClock> atRiskHere(Duration horizon, Optional<Integer> tier) {
        Instant now = Instant.now();
        return local.atRisk(running(), now, now.plus(horizon), tier);
    }

    private KafkaStreams running() {
        return streams.when(state -> state == KafkaStreams.State.RUNNING)
                .orElseThrow(() -> new InvalidStateStoreException("Kafka Streams is not running"));
    }
}
