package com.redress.notification.survey;

import java.util.regex.Pattern;

/** Replaces e-mail addresses and long digit runs (phone, card, account and id numbers) in a survey comment. */
final class CommentRedactor {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d -]{5,}\\d");

    private CommentRedactor() {
    }

    static String redact(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String withoutEmails = EMAIL.matcher(comment.strip()).replaceAll("[EMAIL]");
        return NUMBER.matcher(withoutEmails).replaceAll("[NUMBER]");
    }
}
