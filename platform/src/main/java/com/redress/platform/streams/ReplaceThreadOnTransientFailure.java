package com.redress.platform.streams;

import java.time.Duration;

import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.platform.registry.RegistryOutages;

/**
 * A stream thread that died of a failure that passes is replaced, after a pause; any other failure stops the client,
 * as Kafka Streams does by default, for its health to report. Two failures pass: the schema registry out of reach (the
 * thread's records are processed again, its transaction was aborted, once the registry is back), and a source topic
 * missing from the metadata at a rebalance. Every service declares the topics it reads at start-up, but a broker
 * busy creating the topics of several services starting at once may not show them to a consumer yet; Kafka Streams
 * then stops the client for good, so a service that starts beside others would never become healthy.
 */
public class ReplaceThreadOnTransientFailure implements StreamsUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ReplaceThreadOnTransientFailure.class);

    private final Duration pause;

    public ReplaceThreadOnTransientFailure(Duration pause) {
        this.pause = pause;
    }

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        if (RegistryOutages.causedBy(exception)) {
            log.warn("Stream thread stopped: the schema registry is out of reach ({}); starting a new thread in {} ms "
                    + "to process the same records again", exception.getMessage(), pause.toMillis());
        } else if (causedByMissingSourceTopic(exception)) {
            log.warn("Stream thread stopped: a source topic is not in the broker's metadata yet ({}); starting a new "
                    + "thread in {} ms", exception.getMessage(), pause.toMillis());
        } else {
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    private static boolean causedByMissingSourceTopic(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof MissingSourceTopicException) {
                return true;
            }
        }
        return false;
    }
}
