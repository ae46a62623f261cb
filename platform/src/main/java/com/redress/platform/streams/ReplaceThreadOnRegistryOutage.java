package com.redress.platform.streams;

import java.time.Duration;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.platform.registry.RegistryOutages;

/**
 * A stream thread that died because the schema registry was out of reach is replaced, after a pause, so that its
 * records are processed again (its transaction was aborted) once the registry is back; any other failure stops the
 * client, as Kafka Streams does by default, for its health to report.
 */
public class ReplaceThreadOnRegistryOutage implements StreamsUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ReplaceThreadOnRegistryOutage.class);

    private final Duration pause;

    public ReplaceThreadOnRegistryOutage(Duration pause) {
        this.pause = pause;
    }

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        if (!RegistryOutages.causedBy(exception)) {
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        log.warn("Stream thread stopped: the schema registry is out of reach ({}); starting a new thread in {} ms to "
                + "process the same records again", exception.getMessage(), pause.toMillis());
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
