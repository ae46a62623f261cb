package com.redress.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.FixedBackOff;

import com.redress.platform.registry.SchemaRegistryUnreachableException;

class DeadLetterErrorHandlerTest {

    private static final ConsumerRecord<String, byte[]> RECORD = new ConsumerRecord<>("complaints.submitted", 0, 7L,
            "key", new byte[] {0});

    private final DeadLetterPublishing publishing = new DeadLetterPublishing(
            Map.of("bootstrap.servers", "localhost:1", "schema.registry.url", "mock://dead-letter-error-handler"), new SimpleMeterRegistry());

    @AfterEach
    void closePublishing() {
        publishing.destroy();
    }

    @Test
    void shouldWaitOutARecordWhoseSchemaTheRegistryIsDownFor() {
        DeadLetterErrorHandler handler = handler(List.of());

        BackOff backOff = handler.backOffFor(RECORD, unreadable(new SerializationException("Schema registry unreachable",
                new SchemaRegistryUnreachableException("registry unreachable after 1 attempts", null))));

        BackOffExecution waiting = backOff.start();
        for (int attempt = 0; attempt < 100; attempt++) {
            assertThat(waiting.nextBackOff()).isBetween(FailureClassification.FIRST_WAIT.toMillis(),
                    FailureClassification.LONGEST_WAIT.toMillis());
        }
    }

    @Test
    void shouldDeadLetterAnUnreadableRecordAtOnce() {
        BackOff backOff = handler(List.of()).backOffFor(RECORD,
                unreadable(new SerializationException("Schema id 999999 not found in schema registry")));

        assertThat(backOff.start().nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }

    @Test
    void shouldAskTheServicesClassificationsAfterThePlatformsAndTheirOwnBackOffLast() {
        DeadLetterErrorHandler handler = handler(List.of(failure -> failure instanceof IllegalStateException
                ? FailureHandling.WAIT : null));
        BackOff serviceBackOff = new FixedBackOff(5, 1);
        handler.setBackOffFunction((record, failure) -> serviceBackOff);

        assertThat(handler.backOffFor(RECORD, new IllegalStateException("view unavailable")).start().nextBackOff())
                .isEqualTo(FailureClassification.FIRST_WAIT.toMillis());
        assertThat(handler.backOffFor(RECORD, new IllegalArgumentException("unknown"))).isNull();
    }

    @Test
    void shouldWaitWithThePausesOfTheClassificationThatKnowsTheFailure() {
        DeadLetterErrorHandler handler = handler(List.of(new FailureClassification() {
            @Override
            public FailureHandling handlingOf(Throwable failure) {
                return failure instanceof IllegalStateException ? FailureHandling.WAIT : null;
            }

            @Override
            public WaitPauses pausesOf(Throwable failure) {
                return WaitPauses.every(Duration.ofMillis(250));
            }
        }));

        BackOffExecution waiting = handler.backOffFor(RECORD, new IllegalStateException("view unavailable")).start();

        for (int attempt = 0; attempt < 1_000; attempt++) {
            assertThat(waiting.nextBackOff()).isEqualTo(250L);
        }
    }

    @Test
    void shouldKeepThePlatformsPausesForARegistryOutageWhateverTheServicesClassificationSays() {
        DeadLetterErrorHandler handler = handler(List.of(new FailureClassification() {
            @Override
            public FailureHandling handlingOf(Throwable failure) {
                return FailureHandling.WAIT;
            }

            @Override
            public WaitPauses pausesOf(Throwable failure) {
                return WaitPauses.every(Duration.ofMillis(250));
            }
        }));

        BackOffExecution waiting = handler.backOffFor(RECORD, unreadable(new SerializationException(
                "Schema registry unreachable", new SchemaRegistryUnreachableException("unreachable", null)))).start();

        assertThat(waiting.nextBackOff()).isEqualTo(FailureClassification.FIRST_WAIT.toMillis());
    }

    @Test
    void shouldDeadLetterAtOnceWhatAServicesClassificationRefuses() {
        DeadLetterErrorHandler handler = handler(List.of(failure -> failure instanceof IllegalArgumentException
                ? FailureHandling.DEAD_LETTER : null));

        BackOff backOff = handler.backOffFor(RECORD, new IllegalArgumentException("refused"));

        assertThat(backOff.start().nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }

    private DeadLetterErrorHandler handler(List<FailureClassification> classifications) {
        return (DeadLetterErrorHandler) DeadLetterAutoConfiguration.errorHandler(publishing,
                new DeadLetterProperties(2, Duration.ofMillis(10), Duration.ofMillis(20)),
                classifications);
    }

    private static DeserializationException unreadable(Exception cause) {
        return new DeserializationException("failed to deserialize", new byte[] {0}, false, cause);
    }
}
