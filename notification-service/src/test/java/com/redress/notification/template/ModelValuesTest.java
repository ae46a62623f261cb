package com.redress.notification.template;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.redress.events.common.Money;

import static org.assertj.core.api.Assertions.assertThat;

/** Values formatted for templates: amounts in their currency's minor unit, dates in the case's zone. */
class ModelValuesTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"12000.5000, CNY, 'CNY 12,000.50'", "300000.0000, JPY, 'JPY 300,000'", "12.3450, KWD, 'KWD 12.345'",
            "0.0050, USD, 'USD 0.00'", "7.5000, XTS, 'XTS 7.50'"})
    void shouldRoundToTheCurrencysMinorUnit(BigDecimal amount, String currency, String expected) {
        assertThat(ModelValues.money(new Money(amount, currency))).isEqualTo(expected);
    }

    @Test
    void shouldShowTheDateInTheZoneTheComplaintWasReceivedIn() {
        Instant lateEveningUtc = Instant.parse("2025-03-14T18:30:00Z");

        assertThat(ModelValues.date(lateEveningUtc, ZoneId.of("Asia/Shanghai"))).isEqualTo("2025-03-15");
        assertThat(ModelValues.dateTime(lateEveningUtc, ZoneId.of("Asia/Shanghai")))
                .isEqualTo("2025-03-15 02:30 (Asia/Shanghai)");
    }
}
