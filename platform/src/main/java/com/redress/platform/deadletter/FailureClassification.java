package com.redress.platform.deadletter;

import java.time.Duration;

import org.springframework.kafka.support.serializer.DeserializationException;

import com.redress.platform.registry.RegistryOutages;

/**
 * The one hook by which a service customises dead-letter handling: a bean that says how its own failures are handled
 * ({@link FailureHandling}) and, for those it waits out, with which pauses. The platform asks its own classification
 * first (a schema registry out of reach is waited out, an unreadable record is a dead letter at once), then the
 * services' beans in order; a failure none knows is retried and then dead-lettered. The reason codes a dead letter
 * carries come from {@link DeadLetterReasons} beans.
 */
@FunctionalInterface
public interface FailureClassification {

    /** The first pause of a record that waits out an outage. */
    Duration FIRST_WAIT = Duration.ofSeconds(1);
    /** The longest pause of a record that waits out an outage. */
    Duration LONGEST_WAIT = Duration.ofSeconds(30);

    /**
     * How {@code failure} (already unwrapped of the listener's own wrapper, so look at its causes too) is handled, or
     * {@code null} when this classification does not know it.
     */
    FailureHandling handlingOf(Throwable failure);

    /**
     * The pauses of a listener's record while {@code failure}, which {@link #handlingOf(Throwable)} says to
     * {@link FailureHandling#WAIT} out, lasts: by default the platform's, {@link WaitPauses#GROWING}.
     */
    default WaitPauses pausesOf(Throwable failure) {
        return WaitPauses.GROWING;
    }

    /**
     * The platform's own: a record whose schema cannot be fetched because the registry is out of reach waits; any other
     * unreadable record (unknown schema id, wrong magic byte, malformed datum) is a dead letter at once.
     */
    FailureClassification PLATFORM = failure -> {
        if (RegistryOutages.causedBy(failure)) {
            return FailureHandling.WAIT;
        }
        return causedBy(failure, DeserializationException.class) ? FailureHandling.DEAD_LETTER : null;
    };

    /** Whether {@code failure} or one of its causes is of one of {@code kinds}. */
    @SafeVarargs
    static boolean causedBy(Throwable failure, Class<? extends Throwable>... kinds) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> kind : kinds) {
                if (kind.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }
}
