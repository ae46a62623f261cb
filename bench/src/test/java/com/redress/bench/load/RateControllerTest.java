package com.redress.bench.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateControllerTest {

    private static final long START = 1_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldIssueTheFirstSendAtTheStartAndOnePerIntervalAfter() {
        // Given 4 sends a second from START
        RateController rate = new RateController(4, START);

        // When asked at the start, just before and just at the next interval
        long atStart = rate.acquire(START);
        long justBefore = rate.acquire(START + SECOND / 4 - 1);
        long atNext = rate.acquire(START + SECOND / 4);

        // Then one is due at the start and the next only once its interval has passed
        assertThat(atStart).isEqualTo(1);
        assertThat(justBefore).isZero();
        assertThat(atNext).isEqualTo(1);
    }

    @Test
    void shouldLetASenderThatFellBehindCatchUpSoTheRateHolds() {
        // Given 100 sends a second and a sender that is not asked for a whole second
        RateController rate = new RateController(100, START);
        rate.acquire(START);

        // When it asks again one second later
        long permits = rate.acquire(START + SECOND);

        // Then every send due in that second is issued at once: 101 in all since the start
        assertThat(permits).isEqualTo(100);
        assertThat(rate.issued()).isEqualTo(101);
    }

    @Test
    void shouldSayHowLongUntilTheNextSendIsDue() {
        // Given 10 sends a second, the first already issued
        RateController rate = new RateController(10, START);
        rate.acquire(START);

        // When asked 30 ms after the start
        long wait = rate.nanosUntilNext(START + 30_000_000L);

        // Then the next falls due at 100 ms
        assertThat(wait).isEqualTo(70_000_000L);
        assertThat(rate.nanosUntilNext(START + 150_000_000L)).isZero();
    }

    @Test
    void shouldIssueNothingBeforeTheStart() {
        RateController rate = new RateController(1000, START);

        assertThat(rate.acquire(START - 1)).isZero();
    }

    @Test
    void shouldRefuseARateThatIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateController(0, START));
    }
}
