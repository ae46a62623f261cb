package com.redress.notification.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

class AddressRateLimiterTest {

    private final ManualTime time = new ManualTime();

    @Test
    void shouldLetABurstThroughThenAskTheAddressToWaitForTheNextToken() {
        // Given one answer a second with a burst of three
        AddressRateLimiter limiter = new AddressRateLimiter(new SurveyProperties.RateLimit(1, 3, 100), time);

        // When one address posts four answers at once
        long admitted = IntStream.range(0, 3).filter(i -> limiter.tryAcquire("203.0.113.7").isEmpty()).count();
        Optional<Duration> fourth = limiter.tryAcquire("203.0.113.7");

        // Then the burst passes, the fourth waits a second, and another address is not held up
        assertThat(admitted).isEqualTo(3);
        assertThat(fourth).contains(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire("198.51.100.20")).isEmpty();
        time.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire("203.0.113.7")).isEmpty();
    }

    @Test
    void shouldTrackNoMoreAddressesThanConfiguredForgettingTheLeastRecentlySeen() {
        AddressRateLimiter limiter = new AddressRateLimiter(new SurveyProperties.RateLimit(1, 1, 2), time);

        limiter.tryAcquire("203.0.113.1");
        limiter.tryAcquire("203.0.113.2");
        limiter.tryAcquire("203.0.113.3");

        // the first address was forgotten: it starts again with a full bucket
        assertThat(limiter.tracked()).isEqualTo(2);
        assertThat(limiter.tryAcquire("203.0.113.1")).isEmpty();
        assertThat(limiter.tryAcquire("203.0.113.3")).isPresent();
    }

    @Test
    void shouldRefuseALimitNoBucketCanHave() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SurveyProperties.RateLimit(0, 30, 100));
        assertThatIllegalArgumentException().isThrownBy(() -> new SurveyProperties.RateLimit(1, 0, 100));
        assertThatIllegalArgumentException().isThrownBy(() -> new SurveyProperties.RateLimit(1, 30, 0));
    }

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
