package com.redress.intake.normalisation;

import java.util.Locale;
import java.util.Map;

/**
 * Decides the language to reply in (a BCP 47 tag: {@code zh-CN}, {@code zh-HK} or {@code en}): the customer's stated
 * preference when it names Chinese or English, otherwise the script the complaint is written in.
 */
public final class LanguageDetector {

    public static final String CHINESE = "zh-CN";
    public static final String ENGLISH = "en";

    /** Share of Han characters among letters above which a text counts as Chinese; English quotes Chinese rarely. */
    private static final double HAN_SHARE_FOR_CHINESE = 0.3;

    private static final Map<String, String> TAGS_BY_NAME = Map.ofEntries(
            Map.entry("中文", CHINESE), Map.entry("汉语", CHINESE), Map.entry("普通话", CHINESE),
            Map.entry("简体中文", CHINESE), Map.entry("chinese", CHINESE), Map.entry("mandarin", CHINESE),
            Map.entry("繁體中文", "zh-HK"), Map.entry("繁体中文", "zh-HK"), Map.entry("粤语", "zh-HK"),
            Map.entry("粵語", "zh-HK"), Map.entry("cantonese", "zh-HK"),
            Map.entry("english", ENGLISH), Map.entry("英文", ENGLISH), Map.entry("英语", ENGLISH));

    private LanguageDetector() {
    }

    /** The reply language for a complaint with this stated preference (may be {@code null}) and text. */
    public static String detect(String statedPreference, String text) {
        String stated = fromPreference(statedPreference);
        return stated != null ? stated : fromScript(text);
    }

    private static String fromPreference(String preference) {
        String key = UnicodeText.aliasKey(preference);
        if (key.isEmpty()) {
            return null;
        }
        String named = TAGS_BY_NAME.get(key);
        if (named != null) {
            return named;
        }
        Locale locale = Locale.forLanguageTag(key.replace(' ', '-'));
        return switch (locale.getLanguage()) {
            case "zh" -> locale.getCountry().isEmpty() ? CHINESE : "zh-" + locale.getCountry();
            case "en" -> locale.getCountry().isEmpty() ? ENGLISH : "en-" + locale.getCountry();
            default -> null;
        };
    }

    private static String fromScript(String text) {
        if (text == null) {
            return ENGLISH;
        }
        long han = text.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        long latin = text.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN).count();
        long letters = han + latin;
        return letters > 0 && han >= HAN_SHARE_FOR_CHINESE * letters ? CHINESE : ENGLISH;
    }
}
