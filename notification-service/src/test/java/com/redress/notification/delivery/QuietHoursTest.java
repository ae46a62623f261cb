package com.redress.notification.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Quiet hours as a local-time window, across midnight or within a day. */
class QuietHoursTest {

    private final DeliveryProperties.QuietHours overnight = new DeliveryProperties.QuietHours(LocalTime.of(22, 0),
            LocalTime.of(8, 0), true);

    @ParameterizedTest(name = "{0} quiet: {1}")
    @CsvSource({"21:59, false", "22:00, true", "23:30, true", "00:00, true", "07:59, true", "08:00, false",
            "12:00, false"})
    void shouldSpanMidnight(LocalTime time, boolean quiet) {
        assertThat(overnight.contains(time)).isEqualTo(quiet);
    }

    @ParameterizedTest(name = "{0} quiet: {1}")
    @CsvSource({"12:59, false", "13:00, true", "13:59, true", "14:00, false"})
    void shouldAlsoWorkWithinOneDay(LocalTime time, boolean quiet) {
        assertThat(new DeliveryProperties.QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0), true).contains(time))
                .isEqualTo(quiet);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"23:00", "03:00"})
    void shouldNeverBeQuietWhenDisabled(LocalTime time) {
        assertThat(new DeliveryProperties.QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), false).contains(time))
                .isFalse();
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
            "2025-03-14T15:00:00Z, Asia/Shanghai, 2025-03-15T00:00:00Z",
            "2025-03-14T17:30:00Z, Asia/Shanghai, 2025-03-15T00:00:00Z",
            "2025-03-14T23:00:00Z, Europe/London, 2025-03-15T08:00:00Z",
            "2025-03-30T00:30:00Z, Europe/London, 2025-03-30T07:00:00Z"})
    void shouldEndAtTheNextEndOfTheWindowInTheGivenZone(Instant moment, ZoneId zone, Instant end) {
        assertThat(overnight.endAfter(moment, zone)).isEqualTo(end);
    }
}
