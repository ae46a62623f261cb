package com.redress.intake;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One case of the bad-input corpus, as {@code bad-input/cases.yml} indexes it.
 *
 * @param file    the case's file, relative to {@code bad-input/}
 * @param path    {@code rest} or {@code kafka}
 * @param tests   what the case tests, in words
 * @param expect  the expected outcome (see the index's header)
 * @param headers REST request headers to set ({@code null} value: leave the header out)
 * @param repeat  whether the case is sent twice, the second time expected back as a duplicate
 */
record BadInputCase(String file, String path, String tests, Map<String, Object> expect, Map<String, String> headers,
        boolean repeat) {

    static final String REST = "rest";
    static final String KAFKA = "kafka";

    /** The file without its extension, with dots for slashes: readable, and unique within the corpus. */
    String name() {
        return file.substring(0, file.lastIndexOf('.')).replace('/', '.');
    }

    String extension() {
        return file.substring(file.lastIndexOf('.') + 1);
    }

    boolean isRest() {
        return REST.equals(path);
    }

    Integer expectedStatus() {
        return (Integer) expect.get("status");
    }

    String expected(String key) {
        Object value = expect.get(key);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    List<String> expectedCodes() {
        return expect.containsKey("codes") ? (List<String>) expect.get("codes") : Collections.emptyList();
    }

    boolean expectsRegistration() {
        return Integer.valueOf(201).equals(expect.get("status")) || "registered".equals(expect.get("outcome"));
    }

    boolean expectsDeadLetter() {
        return "dead-letter".equals(expect.get("outcome"));
    }

    @Override
    public String toString() {
        return file;
    }
}
