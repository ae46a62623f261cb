package com.redress.platform.streams;

import java.util.Optional;
import java.util.function.Predicate;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * One Kafka Streams application of this instance, as interactive queries across instances need it: this instance's
 * advertised query address ({@code application.server}) and where a case's partition lives. Without an advertised
 * address the instance answers from its own stores, which is complete when it runs alone.
 */
public final class QueryableStreams {

    private final StreamsBuilderFactoryBean streams;

    public QueryableStreams(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    /** The application's Kafka Streams when it is in a state {@code accepted} allows. */
    public Optional<KafkaStreams> when(Predicate<KafkaStreams.State> accepted) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        return kafkaStreams != null && accepted.test(kafkaStreams.state()) ? Optional.of(kafkaStreams)
                : Optional.empty();
    }

    /** This instance's query address; empty when it advertises none and answers alone. */
    public Optional<HostInfo> self() {
        String server = streams.getStreamsConfiguration() == null ? null
                : streams.getStreamsConfiguration().getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG);
        return server == null || server.isBlank() ? Optional.empty() : Optional.of(HostInfo.buildFromEndpoint(server));
    }

    /** Where {@code caseId}'s partition of {@code store} lives: its active and standby hosts; empty while unknown. */
    public Optional<KeyQueryMetadata> ownerOf(KafkaStreams kafkaStreams, String store, String caseId) {
        KeyQueryMetadata owner = kafkaStreams.queryMetadataForKey(store, caseId, Serdes.String().serializer());
        return owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE) ? Optional.empty() : Optional.of(owner);
    }
}
