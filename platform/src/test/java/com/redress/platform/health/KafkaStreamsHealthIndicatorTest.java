package com.redress.platform.health;

import java.util.Map;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class KafkaStreamsHealthIndicatorTest {

    @Test
    void shouldBeUpWhileRunningOrRebalancing() {
        Health health = healthOf(Map.of("grading", streamsIn(KafkaStreams.State.RUNNING),
                "view", streamsIn(KafkaStreams.State.REBALANCING)));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("grading", "RUNNING").containsEntry("view", "REBALANCING");
    }

    @Test
    void shouldBeDownWhenATopologyDied() {
        Health health = healthOf(Map.of("grading", streamsIn(KafkaStreams.State.RUNNING),
                "sla", streamsIn(KafkaStreams.State.ERROR)));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("sla", "ERROR");
    }

    @Test
    void shouldBeOutOfServiceBeforeTheTopologyStarts() {
        StreamsBuilderFactoryBean notStarted = mock(StreamsBuilderFactoryBean.class);

        assertThat(healthOf(Map.of("sla", notStarted)).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    private static Health healthOf(Map<String, StreamsBuilderFactoryBean> streams) {
        return new KafkaStreamsHealthIndicator(streams).health(true);
    }

    private static StreamsBuilderFactoryBean streamsIn(KafkaStreams.State state) {
        KafkaStreams kafkaStreams = mock(KafkaStreams.class);
        when(kafkaStreams.state()).thenReturn(state);
        StreamsBuilderFactoryBean factory = mock(StreamsBuilderFactoryBean.class);
        when(factory.getKafkaStreams()).thenReturn(kafkaStreams);
        return factory;
    }
}
