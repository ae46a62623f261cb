package com.redress.intake.casenumber;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Formats case numbers such as {@code CMP-20261124-7K3M-9QX2-ABCD}: the date the complaint was received, then 60 bits
 * of a hash of the case id in Crockford base32 (no I, L, O or U, so it reads aloud and types without confusion).
 *
 * <p>60 bits make a clash between two cases of the same day negligible (about 4 in a billion per day at 100,000
 * complaints a day), without a counter that instances would have to share.
 */
public final class CaseNumbers {

    public static final String PREFIX = "CMP";
    public static final Pattern FORMAT =
            Pattern.compile("CMP-\\d{8}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int SUFFIX_CHARACTERS = 12;
    private static final int BITS_PER_CHARACTER = 5;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private CaseNumbers() {
    }

    public static String format(UUID caseId, LocalDate receivedDate) {
        long bits = ByteBuffer.wrap(sha256(caseId.toString())).getLong() >>> (Long.SIZE - SUFFIX_CHARACTERS
                * BITS_PER_CHARACTER);
        StringBuilder suffix = new StringBuilder(SUFFIX_CHARACTERS);
        for (int i = SUFFIX_CHARACTERS - 1; i >= 0; i--) {
            suffix.append(CROCKFORD[(int) ((bits >>> (i * BITS_PER_CHARACTER)) & 0x1f)]);
        }
        return PREFIX + "-" + DATE.format(receivedDate) + "-" + suffix.substring(0, 4) + "-" + suffix.substring(4, 8)
                + "-" + suffix.substring(8);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JRE", e);
        }
    }
}
