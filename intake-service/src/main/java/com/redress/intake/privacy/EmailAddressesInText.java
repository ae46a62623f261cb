package com.redress.intake.privacy;

import java.util.List;
import java.util.regex.Pattern;

/** Finds e-mail addresses in free text. */
final class EmailAddressesInText {

    // Every run is bounded (RFC 5321: a local part of at most 64 characters, labels of at most 63) and a label is taken
    // whole (possessive), so that no start position costs more than a constant: matching stays linear in the text,
    // whatever runs of address characters it holds.
    private static final String LOCAL_CHARACTER = "[A-Za-z0-9._%+'\\-]";
    private static final String LABEL_CHARACTER = "[A-Za-z0-9\\-]";
    private static final Pattern ADDRESS = Pattern.compile(LOCAL_CHARACTER + "{1,64}+@(?:" + LABEL_CHARACTER
            + "{1,63}+\\.){1,8}[A-Za-z]{2,63}+");

    private EmailAddressesInText() {
    }

    static List<Redaction> find(String text) {
        return Redaction.everyMatch(ADDRESS, text, TextRedactor.EMAIL);
    }
}
