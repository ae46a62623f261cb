package com.redress.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

class ChannelSystemRateLimiterTest {

    private final ManualTime time = new ManualTime();

    @Test
    void shouldLetABurstThroughThenAskTheSystemToWaitForTheNextToken() {
        // Given 2 requests per second with a burst of 3
        ChannelSystemRateLimiter limiter = new ChannelSystemRateLimiter(
                new ApiProperties.RateLimit(2, 3, Map.of()), time);

        // When a channel system makes four requests at once
        long admitted = IntStream.range(0, 3).filter(i -> limiter.tryAcquire("wechat").isEmpty()).count();
        Optional<Duration> fourth = limiter.tryAcquire("wechat");

        // Then the burst passes and the fourth must wait half a second, the time one token takes
        assertThat(admitted).isEqualTo(3);
        assertThat(fourth).contains(Duration.ofMillis(500));
        // and once that time has passed, one more request goes through, but not two
        time.advance(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire("wechat")).isEmpty();
        assertThat(limiter.tryAcquire("wechat")).isPresent();
    }

    @Test
    void shouldKeepASeparateBucketPerChannelSystemWithItsOwnOverride() {
        // Given a generous default and one system limited to one request a minute
        ChannelSystemRateLimiter limiter = new ChannelSystemRateLimiter(new ApiProperties.RateLimit(500, 1000,
                Map.of("batch-importer", new ApiProperties.SystemLimit(1.0 / 60, 1L))), time);

        // When the limited system makes two requests and another system many
        Optional<Duration> first = limiter.tryAcquire("batch-importer");
        Optional<Duration> second = limiter.tryAcquire("batch-importer");
        long othersAdmitted = IntStream.range(0, 100).filter(i -> limiter.tryAcquire("wechat").isEmpty()).count();

        // Then only the limited system is throttled, told to wait a minute
        assertThat(first).isEmpty();
        assertThat(second).contains(Duration.ofMinutes(1));
        assertThat(othersAdmitted).isEqualTo(100);
    }

    @Test
    void shouldTakeTheDefaultForWhatAnOverrideLeavesOut() {
        ApiProperties.RateLimit limits = new ApiProperties.RateLimit(500, 1000,
                Map.of("batch-importer", new ApiProperties.SystemLimit(null, 5L)));

        assertThat(limits.limitOf("batch-importer")).isEqualTo(new ApiProperties.Limit(500, 5));
        assertThat(limits.limitOf("wechat")).isEqualTo(new ApiProperties.Limit(500, 1000));
    }

    @Test
    void shouldRefuseALimitNoBucketCanHaveBeforeTheFirstRequest() {
        ApiProperties.RateLimit noBurst = new ApiProperties.RateLimit(500, 1000,
                Map.of("batch-importer", new ApiProperties.SystemLimit(10.0, 0L)));

        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelSystemRateLimiter(noBurst, time))
                .withMessageContaining("burst");
    }

    /** A clock the test moves by hand, so refills happen exactly when the test says. */
    private static final class ManualTime implements TimeMeter {

        private long nanos;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
