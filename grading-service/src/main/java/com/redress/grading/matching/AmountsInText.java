package com.redress.grading.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the amounts of money a complaint's text names with a currency ({@code £60,000}, {@code HK$62,000},
 * {@code 180,000 yuan}, {@code 1.2m}, {@code 62万元}, {@code 八万块}, {@code 5万8}, {@code 港幣8,000}), so a loss the
 * customer wrote but intake did not register can still be weighed. A bare number is no amount, except a Chinese one
 * counted in 万 or 亿 and not followed by a counter of people or things (人, 户, 笔 …), which is taken as yuan.
 */
public final class AmountsInText {

    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String NUMBER = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";

    private static final Pattern CHINESE = Pattern.compile(
            "(?<before>人民币|rmb|¥|港币|港元|港幣|hk\\$|美元|美金|us\\$|英镑|欧元)?\\s?"
                    + "(?<number>" + NUMBER + "|[零〇一二两三四五六七八九十百千几]+)"
                    + "(?<multiplier>[千万亿])?(?<tail>[一二两三四五六七八九1-9](?![0-9千万亿元块]))?多?"
                    + "(?<unit>块钱|块|元|圆|人民币|港币|港元|港幣|蚊|美元|美金|英镑|欧元|日元|澳元|新币|新加坡元)?"
                    + "(?<counter>[人户名个位次条笔份张家])?");

    private static final Pattern SYMBOL_FIRST = Pattern.compile(
            "(?<currency>hk\\$|us\\$|a\\$|au\\$|s\\$|nz\\$|c\\$|ca\\$|£|€|\\$|"
                    + "(?:gbp|usd|eur|hkd|cny|rmb|aud|sgd|jpy|cad|nzd|chf) ?)"
                    + "(?<number>" + NUMBER + ")(?: ?(?<word>thousand|million|billion)\\b|(?<letter>k|m|bn)\\b)?");

    private static final Pattern WORD_AFTER = Pattern.compile(
            "(?<![\\w.,])(?<number>" + NUMBER + ")(?: ?(?<word>thousand|million|billion)|(?<letter>k|m|bn))? ?"
                    + "(?<currency>pounds?|quid|dollars?|euros?|yuan|rmb|"
                    + "gbp|usd|eur|hkd|cny|aud|sgd|jpy|cad|nzd|chf)\\b");

    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("人民币", "CNY"), Map.entry("rmb", "CNY"), Map.entry("¥", "CNY"), Map.entry("块钱", "CNY"),
            Map.entry("块", "CNY"), Map.entry("元", "CNY"), Map.entry("圆", "CNY"), Map.entry("yuan", "CNY"),
            Map.entry("港币", "HKD"), Map.entry("港元", "HKD"), Map.entry("港幣", "HKD"), Map.entry("蚊", "HKD"),
            Map.entry("hk$", "HKD"), Map.entry("美元", "USD"), Map.entry("美金", "USD"), Map.entry("us$", "USD"),
            Map.entry("$", "USD"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("英镑", "GBP"),
            Map.entry("£", "GBP"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("quid", "GBP"),
            Map.entry("欧元", "EUR"), Map.entry("€", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("日元", "JPY"), Map.entry("澳元", "AUD"), Map.entry("a$", "AUD"), Map.entry("au$", "AUD"),
            Map.entry("新币", "SGD"), Map.entry("新加坡元", "SGD"), Map.entry("s$", "SGD"), Map.entry("nz$", "NZD"),
            Map.entry("c$", "CAD"), Map.entry("ca$", "CAD"));

    private static final Map<String, BigDecimal> MULTIPLIERS = Map.of(
            "千", BigDecimal.valueOf(1_000), "万", BigDecimal.valueOf(10_000), "亿", BigDecimal.valueOf(100_000_000),
            "thousand", BigDecimal.valueOf(1_000), "k", BigDecimal.valueOf(1_000),
            "million", BigDecimal.valueOf(1_000_000), "m", BigDecimal.valueOf(1_000_000),
            "billion", BigDecimal.valueOf(1_000_000_000), "bn", BigDecimal.valueOf(1_000_000_000));

    private AmountsInText() {
    }

    /** An amount as the text wrote it and as read. */
    public record WrittenAmount(BigDecimal value, String currency, String written) {
    }

    /** Every amount with a currency found in {@code text}, in the order of the patterns, then of the text. */
    public static List<WrittenAmount> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalised = PhraseMatcher.normalise(text);
        List<WrittenAmount> amounts = new ArrayList<>();
        chinese(normalised, amounts);
        latin(SYMBOL_FIRST, normalised, amounts);
        latin(WORD_AFTER, normalised, amounts);
        return List.copyOf(amounts);
    }

    private static void chinese(String text, List<WrittenAmount> amounts) {
        Matcher matcher = CHINESE.matcher(text);
        while (matcher.find()) {
            String before = matcher.group("before");
            String unit = matcher.group("unit");
            String multiplier = matcher.group("multiplier");
            boolean counted = unit == null && matcher.group("counter") != null;
            boolean large = "万".equals(multiplier) || "亿".equals(multiplier);
            if (counted || (before == null && unit == null && !large)) {
                continue;
            }
            BigDecimal value = number(matcher.group("number"));
            if (multiplier != null) {
                BigDecimal factor = MULTIPLIERS.get(multiplier);
                value = value.multiply(factor);
                if (matcher.group("tail") != null) {
                    // 5万8 is 58,000 and 一万二 12,000: the digit after the multiplier counts a tenth of it
                    value = value.add(number(matcher.group("tail")).multiply(factor).movePointLeft(1));
                }
            }
            String currency = CURRENCIES.get(before != null ? before : unit != null ? unit : "元");
            amounts.add(new WrittenAmount(value, currency, matcher.group().strip()));
        }
    }

    private static void latin(Pattern pattern, String text, List<WrittenAmount> amounts) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String code = matcher.group("currency").strip();
            String currency = CURRENCIES.getOrDefault(code, code.toUpperCase(Locale.ROOT));
            BigDecimal value = number(matcher.group("number"));
            String multiplier = matcher.group("word") != null ? matcher.group("word") : matcher.group("letter");
            if (multiplier != null) {
                value = value.multiply(MULTIPLIERS.get(multiplier));
            }
            amounts.add(new WrittenAmount(value, currency, matcher.group()));
        }
    }

    private static BigDecimal number(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return new BigDecimal(written.replace(",", ""));
        }
        return BigDecimal.valueOf(chineseNumber(written));
    }

    /** 二十 → 20, 三千五百 → 3500, 十几 → 11, 几十 → 10: 几 ("a few") counts as one, the least it can mean. */
    private static long chineseNumber(String written) {
        long total = 0;
        long digit = 0;
        for (char c : written.toCharArray()) {
            int value = CHINESE_DIGITS.indexOf(c == '零' ? '〇' : c == '两' ? '二' : c == '几' ? '一' : c);
            if (value >= 0) {
                digit = value;
            } else {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1_000;
                total += (digit == 0 ? 1 : digit) * unit;
                digit = 0;
            }
        }
        return total + digit;
    }
}
