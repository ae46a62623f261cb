package com.redress.intake.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses in free text, internationalised ones included: local parts and domain labels in any script
 * (张三@例子.中国, josé@correo.es, иван@пример.рф, user@bücher.de).
 *
 * <p>Chinese and Japanese run into an address without a space, and Korean attaches its particles to it, so where an
 * address meets text in those scripts (Han, Hiragana, Katakana, Hangul) its ends are set by rule:
 * <ul>
 * <li>a local part in those scripts is at most the four characters before the @, the length of a full name: in
 * 请联系张三@例子.中国 it is 联系张三. A local part is in those scripts or in others, never both, so 邮箱zhang.san@qq.com
 * keeps 邮箱;</li>
 * <li>a top-level label in those scripts is its first two characters, the length of 中国, 中國, 香港, 台灣 and 公司: in
 * 张三@例子.中国谢谢 the address ends before 谢谢. A top-level label in another script ends where those scripts begin.</li>
 * </ul>
 */
final class EmailAddressesInText {

    private static final String SCRIPTS_WITHOUT_SPACES = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}";
    private static final String WITHOUT_SPACES = "[" + SCRIPTS_WITHOUT_SPACES + "]";
    private static final int LOCAL_PART_WITHOUT_SPACES = 4;
    private static final int TOP_LEVEL_LABEL_WITHOUT_SPACES = 2;
    // letters, marks and digits of the other scripts; ASCII is tested first, so that it costs no look-up of its script
    private static final String OTHER_SCRIPTS = "\\p{L}\\p{M}\\p{Nd}&&[^" + SCRIPTS_WITHOUT_SPACES + "]";
    private static final String LOCAL_CHARACTER = "[A-Za-z0-9._%+'\\-[" + OTHER_SCRIPTS + "]]";

    // Every run is bounded (RFC 5321: a local part of at most 64 characters, labels of at most 63) and taken whole
    // (possessive), so that no start position costs more than a constant: matching stays linear in the text, whatever
    // runs of address characters it holds. A local part in the other scripts is a whole run of address characters,
    // tried once from where the run starts rather than from each of its characters.
    private static final String LOCAL_PART = "(?:(?<!" + LOCAL_CHARACTER + ")" + LOCAL_CHARACTER + "{1,64}+|"
            + WITHOUT_SPACES + "{1," + LOCAL_PART_WITHOUT_SPACES + "}+)";
    private static final String LABEL = "[A-Za-z0-9\\-\\p{L}\\p{M}\\p{Nd}]{1,63}+";
    private static final String TOP_LEVEL_LABEL = "(?:[A-Za-z[\\p{L}\\p{M}&&[^" + SCRIPTS_WITHOUT_SPACES + "]]]{2,63}+|"
            + WITHOUT_SPACES + "{" + TOP_LEVEL_LABEL_WITHOUT_SPACES + "})";
    private static final Pattern ADDRESS =
            Pattern.compile(LOCAL_PART + "@(?:" + LABEL + "\\.){1,8}" + TOP_LEVEL_LABEL);

    private EmailAddressesInText() {
    }

    static List<Redaction> find(String text) {
        return Redaction.everyMatch(ADDRESS, text, TextRedactor.EMAIL);
    }
}
