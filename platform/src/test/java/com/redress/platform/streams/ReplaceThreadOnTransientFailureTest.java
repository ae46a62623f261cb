package com.redress.platform.streams;

import java.time.Duration;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

import com.redress.platform.registry.SchemaRegistryUnreachableException;

import static org.assertj.core.api.Assertions.assertThat;

class ReplaceThreadOnTransientFailureTest {

    private final ReplaceThreadOnTransientFailure handler = new ReplaceThreadOnTransientFailure(Duration.ZERO);

    @Test
    void shouldReplaceAThreadThatStoppedBecauseTheRegistryWasOutOfReach() {
        StreamsException failure = new StreamsException("task failed", new SerializationException("cannot write",
                new SchemaRegistryUnreachableException("registry unreachable after 3 attempts", null)));

        assertThat(handler.handle(failure)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void shouldReplaceAThreadThatStoppedBecauseASourceTopicWasNotInTheMetadataYet() {
        StreamsException failure = new StreamsException(
                new MissingSourceTopicException("One or more source topics were missing during rebalance"));

        assertThat(handler.handle(failure)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void shouldStopTheClientOnAnyOtherFailure() {
        StreamsException failure = new StreamsException("task failed", new IllegalStateException("a bug"));

        assertThat(handler.handle(failure)).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }
}
