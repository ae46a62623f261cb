package com.redress.notification.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import com.redress.events.common.Money;

/** Formats values for templates the same way in every language: ISO dates in the case's zone, amounts with currency. */
public final class ModelValues {

    private static final int DEFAULT_MINOR_UNITS = 2;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ModelValues() {
    }

    public static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** e.g. {@code CNY 12,000.50}: rounded to the currency's minor unit, grouped by thousands. */
    public static String money(Money money) {
        if (money == null) {
            return null;
        }
        int minorUnits = minorUnitsOf(money.getCurrency());
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(minorUnits);
        format.setMaximumFractionDigits(minorUnits);
        BigDecimal amount = money.getAmount().setScale(minorUnits, RoundingMode.HALF_EVEN);
        return money.getCurrency() + " " + format.format(amount);
    }

    /** The currency's minor unit; two places for codes the JDK does not know or gives none (e.g. XTS, XAU). */
    private static int minorUnitsOf(String currencyCode) {
        try {
            int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
            return digits < 0 ? DEFAULT_MINOR_UNITS : digits;
        } catch (IllegalArgumentException unknownCurrency) {
            return DEFAULT_MINOR_UNITS;
        }
    }
}
