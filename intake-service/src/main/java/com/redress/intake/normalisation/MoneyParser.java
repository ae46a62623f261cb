package com.redress.intake.normalisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.redress.events.common.Money;

/**
 * Parses amounts as customers write them ({@code ¥12,000.50}, {@code 1.2万元}, {@code USD 300}, {@code £35},
 * {@code HKD 8,450}, and a JSON number's text such as {@code 1e3}) into {@link Money} at the contract's scale of 4.
 */
public final class MoneyParser {

    /** The contract carries every amount at scale 4; see {@code Money.avsc}. */
    public static final int SCALE = 4;

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<prefix>[A-Za-z]{1,3}\\$|[A-Za-z]{3}|[$¥£€]|人民币)?\\s*"
                    + "(?<number>\\d+(?:\\.\\d+)?[eE][+-]?\\d{1,9}"
                    + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*"
                    + "(?<multiplier>[千万亿])?\\s*"
                    + "(?<suffix>[A-Za-z]{3}|元|块|圆|人民币|美元|港元|港币|英镑|欧元|日元|新加坡元|新元)?");

    /** decimal(20,4) leaves 16 integer digits. */
    private static final int MAX_INTEGER_DIGITS = 16;
    // a leading minus (ASCII, the Unicode minus sign, full-width folded by NFKC) or 负 before an amount
    private static final Pattern NEGATIVE = Pattern.compile("(?:-|\u2212|负)\\s*(?<amount>.+)");

    private static final Map<String, String> CURRENCY_BY_MARK = Map.ofEntries(
            Map.entry("¥", "CNY"), Map.entry("人民币", "CNY"), Map.entry("元", "CNY"), Map.entry("块", "CNY"),
            Map.entry("圆", "CNY"), Map.entry("RMB", "CNY"),
            Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("美元", "USD"),
            Map.entry("HK$", "HKD"), Map.entry("港元", "HKD"), Map.entry("港币", "HKD"),
            Map.entry("S$", "SGD"), Map.entry("新加坡元", "SGD"), Map.entry("新元", "SGD"),
            Map.entry("NT$", "TWD"), Map.entry("A$", "AUD"), Map.entry("C$", "CAD"),
            Map.entry("£", "GBP"), Map.entry("英镑", "GBP"),
            Map.entry("€", "EUR"), Map.entry("欧元", "EUR"),
            Map.entry("日元", "JPY"));

    private static final Map<String, BigDecimal> MULTIPLIERS = Map.of(
            "千", BigDecimal.valueOf(1_000), "万", BigDecimal.valueOf(10_000), "亿", BigDecimal.valueOf(100_000_000));

    private final String defaultCurrency;

    /** @param defaultCurrency the currency of a bare number such as {@code 3200}, e.g. CNY */
    public MoneyParser(String defaultCurrency) {
        this.defaultCurrency = Currencies.active(defaultCurrency).orElseThrow(() -> new IllegalArgumentException(
                "the default currency must be an active ISO 4217 code"));
    }

    /** The amount written, or empty when nothing was written or it is not an amount with a known currency. */
    public Optional<Money> parse(String written) {
        return read(UnicodeText.normaliseToNull(written))
                .filter(amount -> beyondContract(amount.value()).isEmpty())
                .map(amount -> new Money(atContractScale(amount.value()), amount.currency()));
    }

    /**
     * Why {@code amount} cannot be carried exactly as the contract's decimal(20,4): more than 16 integer digits, or
     * more than 4 decimal places (trailing zeros do not count). Empty when it fits. Never materialises the number, so
     * {@code 1e999999999} costs no more than {@code 1}.
     */
    public static Optional<String> beyondContract(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (integerDigits(stripped) > MAX_INTEGER_DIGITS) {
            return Optional.of("larger than the " + MAX_INTEGER_DIGITS + " integer digits an amount may have");
        }
        if (stripped.scale() > SCALE) {
            return Optional.of("more than the " + SCALE + " decimal places an amount may have");
        }
        return Optional.empty();
    }

    /** {@code amount}, which must fit the contract ({@link #beyondContract}), at the contract's scale of 4. */
    public static BigDecimal atContractScale(BigDecimal amount) {
        return amount.stripTrailingZeros().setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * Why {@code written}, though clearly an amount with a currency, cannot be an amount at stake: it is negative, or
     * beyond the contract's decimal(20,4) (more than 16 integer digits or more than 4 decimal places). Empty for every
     * other text, amount or not: prose that is no amount is left to the case handler, but a signed, absurd or
     * over-precise number is a channel system's defect to fix.
     */
    public Optional<String> rangeViolation(String written) {
        String text = UnicodeText.normaliseToNull(written);
        if (text == null) {
            return Optional.empty();
        }
        Matcher negative = NEGATIVE.matcher(text);
        if (negative.matches() && read(negative.group("amount")).isPresent()) {
            return Optional.of("an amount at stake cannot be negative");
        }
        return read(text).flatMap(amount -> beyondContract(amount.value()));
    }

    private Optional<WrittenAmount> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = AMOUNT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<String> currency = currencyOf(matcher.group("prefix"), matcher.group("suffix"));
        if (currency.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(matcher.group("number").replace(",", ""));
        String multiplier = matcher.group("multiplier");
        if (multiplier != null) {
            // no setScale(0) here: 1e999999999万 would be materialised digit by digit
            amount = amount.multiply(MULTIPLIERS.get(multiplier));
        }
        return Optional.of(new WrittenAmount(amount, currency.get()));
    }

    // in a long: 1e2147483647 has scale -2147483647, and precision - scale would overflow an int to a negative count
    private static long integerDigits(BigDecimal amount) {
        return (long) amount.precision() - amount.scale();
    }

    private record WrittenAmount(BigDecimal value, String currency) {
    }

    private Optional<String> currencyOf(String prefix, String suffix) {
        if (prefix != null && suffix != null && !(suffix.equals("元") || suffix.equals("圆"))) {
            return Optional.empty();
        }
        String mark = prefix != null ? prefix : suffix;
        if (mark == null) {
            return Optional.of(defaultCurrency);
        }
        String known = CURRENCY_BY_MARK.get(mark.toUpperCase(Locale.ROOT));
        if (known == null) {
            known = CURRENCY_BY_MARK.get(mark);
        }
        if (known != null) {
            return Optional.of(known);
        }
        return Currencies.active(mark);
    }


}
