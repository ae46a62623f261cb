package com.redress.intake.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mainland resident ID numbers (checksum verified) and bank card numbers (Luhn verified) in a digit view,
 * written whole or in groups as they are printed.
 *
 * <p>Groups of digits joined by single spaces, dashes or dots, in any mix, form a run. A number may begin or end in a
 * run at a space, but not where a dash or dot ties it to more: a dash joins a code (CMP-20250314-000123, 2025-03-14),
 * a dot between digits a number (3.200, 2025.03.14). The digits of a stretch of whole groups, joined, are
 * <ul>
 * <li>an ID number when they are 17 digits and a check digit or X, split, if at all, only where its fields meet: after
 * the region (6 digits), the birth year and the birth date, as in 370102-19770314-5630 or 370102 1977 0314 5630;</li>
 * <li>a card number when they are 13 to 19 digits, whole or in groups of 3 to 6, as in 6222 0212 3456 7890 128 or
 * 3782 822463 10005.</li>
 * </ul>
 * Dates, times and decimals have groups of one or two digits, and references such as 20250314-000123 a group of eight:
 * neither, whatever their checksum.
 */
final class IdAndCardNumbers {

    private static final Pattern GROUP = Pattern.compile("[0-9]++");
    private static final String SEPARATORS = " -.";
    private static final int ID_LENGTH = 18;
    /** Where an ID's fields meet: after the region, the birth year and the birth month and day. */
    private static final List<Integer> ID_FIELD_ENDS = List.of(6, 10, 14);
    private static final int MIN_CARD_DIGITS = 13;
    private static final int MAX_CARD_DIGITS = 19;
    private static final int MIN_CARD_GROUP = 3;
    private static final int MAX_CARD_GROUP = 6;
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK_CHARACTERS = "10X98765432";

    private IdAndCardNumbers() {
    }

    /**
     * The ID and card numbers of {@code digits}, a digit view. A run is read from its first group in stretches of at
     * most 19 digits, the most a card has: the longest ID or card number a stretch starts with is found, and the next
     * stretch starts after it, or after the whole stretch when it starts with none; so a longer number, such as the
     * account number 3100 1234 5678 0501 2345, is not taken for a card in its tail but left whole to the account number
     * rule. Each group costs a bounded number of checks.
     */
    static List<Redaction> find(String digits) {
        List<Group> groups = groups(digits);
        List<Redaction> found = new ArrayList<>();
        int first = 0;
        while (first < groups.size()) {
            if (tiedBefore(digits, groups.get(first).start())) {
                first++;
                continue;
            }
            List<Group> stretch = stretchFrom(digits, groups, first);
            Redaction redaction = longestNumberStarting(digits, stretch);
            if (redaction != null) {
                found.add(redaction);
            }
            int end = redaction == null ? stretch.get(stretch.size() - 1).end() : redaction.end();
            while (first < groups.size() && groups.get(first).start() < end) {
                first++;
            }
        }
        return found;
    }

    /** The groups of the run from {@code first} on that hold at most 19 digits together, at least the first. */
    private static List<Group> stretchFrom(String digits, List<Group> groups, int first) {
        int last = first;
        int count = groups.get(first).length();
        while (last + 1 < groups.size() && sameRun(digits, groups.get(last), groups.get(last + 1))
                && count + groups.get(last + 1).length() <= MAX_CARD_DIGITS) {
            last++;
            count += groups.get(last).length();
        }
        return groups.subList(first, last + 1);
    }

    private static Redaction longestNumberStarting(String digits, List<Group> stretch) {
        for (int size = stretch.size(); size > 0; size--) {
            List<Group> candidate = stretch.subList(0, size);
            String joined = joined(digits, candidate);
            Redaction redaction = asIdNumber(digits, candidate, joined);
            if (redaction == null) {
                redaction = asCardNumber(digits, candidate, joined);
            }
            if (redaction != null) {
                return redaction;
            }
        }
        return null;
    }

    private static Redaction asIdNumber(String digits, List<Group> candidate, String joined) {
        int end = candidate.get(candidate.size() - 1).end();
        if (joined.length() == ID_LENGTH - 1 && end < digits.length()
                && Character.toUpperCase(digits.charAt(end)) == 'X') {
            // the check character X ends the number: no letter or digit may follow it
            joined += 'X';
            end++;
            if (end < digits.length() && isAsciiLetterOrDigit(digits.charAt(end))) {
                return null;
            }
        }
        return joined.length() == ID_LENGTH && splitAtFields(candidate) && !tiedAfter(digits, end)
                && isValidResidentId(joined)
                ? new Redaction(candidate.get(0).start(), end, TextRedactor.ID_NUMBER) : null;
    }

    private static boolean splitAtFields(List<Group> candidate) {
        int offset = 0;
        for (Group group : candidate.subList(0, candidate.size() - 1)) {
            offset += group.length();
            if (!ID_FIELD_ENDS.contains(offset)) {
                return false;
            }
        }
        return true;
    }

    private static Redaction asCardNumber(String digits, List<Group> candidate, String joined) {
        int end = candidate.get(candidate.size() - 1).end();
        boolean printedGroups = candidate.size() == 1 || candidate.stream()
                .allMatch(group -> group.length() >= MIN_CARD_GROUP && group.length() <= MAX_CARD_GROUP);
        return joined.length() >= MIN_CARD_DIGITS && joined.length() <= MAX_CARD_DIGITS && printedGroups
                && !tiedAfter(digits, end) && passesLuhn(joined)
                ? new Redaction(candidate.get(0).start(), end, TextRedactor.CARD_NUMBER) : null;
    }

    static boolean isValidResidentId(String candidate) {
        int sum = 0;
        for (int i = 0; i < ID_WEIGHTS.length; i++) {
            sum += (candidate.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(candidate.charAt(ID_LENGTH - 1)) == ID_CHECK_CHARACTERS.charAt(sum % 11);
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static List<Group> groups(String digits) {
        List<Group> groups = new ArrayList<>();
        Matcher group = GROUP.matcher(digits);
        while (group.find()) {
            groups.add(new Group(group.start(), group.end()));
        }
        return groups;
    }

    private static boolean sameRun(String digits, Group group, Group next) {
        return next.start() == group.end() + 1 && SEPARATORS.indexOf(digits.charAt(group.end())) >= 0;
    }

    private static String joined(String digits, List<Group> candidate) {
        StringBuilder joined = new StringBuilder(MAX_CARD_DIGITS);
        candidate.forEach(group -> joined.append(digits, group.start(), group.end()));
        return joined.toString();
    }

    /** Whether the stretch starting at {@code start} continues a code or number through a dash or dot before it. */
    private static boolean tiedBefore(String digits, int start) {
        return start >= 2 && ties(digits.charAt(start - 1), digits.charAt(start - 2));
    }

    /** Whether the stretch ending at {@code end} goes on as a code or number through a dash or dot after it. */
    private static boolean tiedAfter(String digits, int end) {
        return end + 1 < digits.length() && ties(digits.charAt(end), digits.charAt(end + 1));
    }

    private static boolean ties(char separator, char beyond) {
        return separator == '-' && isAsciiLetterOrDigit(beyond) || separator == '.' && isAsciiDigit(beyond);
    }

    private static boolean isAsciiLetterOrDigit(char character) {
        return isAsciiDigit(character) || character >= 'A' && character <= 'Z' || character >= 'a' && character <= 'z';
    }

    private static boolean isAsciiDigit(char character) {
        return character >= '0' && character <= '9';
    }

    /** A maximal run of ASCII digits in the view. */
    private record Group(int start, int end) {

        int length() {
            return end - start;
        }
    }
}
