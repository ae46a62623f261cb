package com.redress.intake.registration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Counts submissions through intake by channel and outcome, and times registrations. */
public class IntakeMetrics {

    /** Counter: submissions received, by channel and path (rest, kafka). */
    public static final String RECEIVED = "redress.intake.submissions.received";
    /** Counter: cases registered, by channel. */
    public static final String REGISTERED = "redress.intake.submissions.registered";
    /** Counter: submissions recognised as a case already registered, by channel. */
    public static final String DUPLICATES = "redress.intake.submissions.duplicates";
    /** Counter: submissions rejected as invalid, by channel and reason (the first violation's code). */
    public static final String REJECTED = "redress.intake.submissions.rejected";
    /** Timer with histogram: from a submission's arrival at intake to its registration being written. */
    public static final String REGISTRATION_LATENCY = "redress.intake.registration.latency";

    /** Counter: REST requests answered 429 because their channel system exceeded its rate limit, by channel system. */
    public static final String RATE_LIMITED = "redress.intake.api.rate-limited";
    /** Counter: REST requests admitted by API key, by channel system and key (fingerprint); shows a rotation's end. */
    public static final String AUTHENTICATED = "redress.intake.api.authenticated";

    public static final String TAG_CHANNEL = "channel";
    /** The channel system an API key belongs to, e.g. wechat-service-account. */
    public static final String TAG_CHANNEL_SYSTEM = "channel_system";
    /** The first 8 hex digits of the configured SHA-256 of the API key used. */
    public static final String TAG_KEY = "key";
    public static final String TAG_PATH = "path";
    public static final String TAG_REASON = "reason";
    /** Channel tag for a submission whose channel could not be resolved. */
    public static final String UNKNOWN_CHANNEL = "UNKNOWN";

    private final MeterRegistry registry;

    public IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void received(String channel, String path) {
        registry.counter(RECEIVED, TAG_CHANNEL, channel, TAG_PATH, path).increment();
    }

    /** Starts timing a registration on the registry's monotonic clock. */
    Timer.Sample startTiming() {
        return Timer.start(registry);
    }

    void registered(String channel, Timer.Sample timing) {
        registry.counter(REGISTERED, TAG_CHANNEL, channel).increment();
        timing.stop(Timer.builder(REGISTRATION_LATENCY)
                .tag(TAG_CHANNEL, channel)
                .publishPercentileHistogram()
                .register(registry));
    }

    void duplicate(String channel) {
        registry.counter(DUPLICATES, TAG_CHANNEL, channel).increment();
    }

    void rejected(String channel, String reason) {
        registry.counter(REJECTED, TAG_CHANNEL, channel, TAG_REASON, reason).increment();
    }
}
