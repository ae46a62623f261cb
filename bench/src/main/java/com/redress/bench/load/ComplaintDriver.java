package com.redress.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import com.redress.testkit.suite.LocalSuite;
import com.redress.testkit.suite.ServiceDefinition;

/**
 * Sends complaints at a fixed rate for a while, taking turns over its channels (Kafka and REST), each stamped with the
 * moment it was sent; reusable by any suite that needs a controlled surge.
 */
public final class ComplaintDriver implements AutoCloseable {

    private final List<SubmissionChannel> channels;

    /** The sandbox profile's demonstration key of the channel simulator (public, worthless outside the sandbox). */
    public static final String SANDBOX_API_KEY = "sandbox-channel-simulator-key";
    private static final int REST_CONNECTIONS = 32;

    /** A driver taking turns between the suite's Kafka door and its REST API (with the sandbox's channel key). */
    public static ComplaintDriver overKafkaAndRest(LocalSuite suite) {
        ComplaintFactory factory = new ComplaintFactory();
        return new ComplaintDriver(List.of(
                new KafkaSubmissionChannel(suite.bootstrapServers(), suite.schemaRegistryUrl(), factory),
                new RestSubmissionChannel(suite.baseUri(ServiceDefinition.INTAKE), SANDBOX_API_KEY, factory,
                        REST_CONNECTIONS)));
    }

    public ComplaintDriver(List<SubmissionChannel> channels) {
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a driver needs at least one channel");
        }
        this.channels = List.copyOf(channels);
    }

    /** Sends {@code perSecond} complaints a second for {@code duration} as batch {@code batch}; blocks until answered. */
    public DriveResult drive(String batch, double perSecond, Duration duration) {
        long failuresBefore = failures();
        long total = Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
        long start = System.nanoTime();
        RateController rate = new RateController(perSecond, start);
        long sent = 0;
        while (sent < total) {
            long permits = Math.min(rate.acquire(System.nanoTime()), total - sent);
            for (long i = 0; i < permits; i++, sent++) {
                BenchComplaint complaint = BenchComplaint.of(batch, sent, Instant.now());
                channels.get((int) (sent % channels.size())).submit(complaint);
            }
            if (sent < total) {
                LockSupport.parkNanos(Math.max(50_000, rate.nanosUntilNext(System.nanoTime())));
            }
        }
        channels.forEach(SubmissionChannel::flush);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new DriveResult(batch, perSecond, sent, failures() - failuresBefore, elapsed);
    }

    private long failures() {
        return channels.stream().mapToLong(SubmissionChannel::failures).sum();
    }

    @Override
    public void close() {
        channels.forEach(SubmissionChannel::close);
    }
}
