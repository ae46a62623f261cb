package com.redress.intake;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One case of the bad-input corpus, as {@code bad-input/cases.yml} indexes it.
 *
 * @param file       the case's file, relative to {@code bad-input/}
 * @param path       {@code rest} or {@code kafka}
 * @param tests      what the case tests, in words
 * @param expect     the expected outcome (see the index's header)
 * @param headers    REST request headers to set ({@code null} value: leave the header out), or Kafka record headers
 * @param repeat     whether the case is sent twice, the second time expected back as a duplicate
 * @param key        Kafka: the record key as given ({@code {{messageId}}} not yet expanded); {@code null} for the
 *                   default key, or for no key when {@code keyless}
 * @param keyless    Kafka: the index gives the key as null: the record has none
 * @param precededBy Kafka: a submission file published just before the case, with the same message id
 */
record BadInputCase(String file, String path, String tests, Map<String, Object> expect, Map<String, String> headers,
        boolean repeat, String key, boolean keyless, String precededBy) {

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

    @SuppressWarnings("unchecked")
    List<String> expectedKeptHeaders() {
        return expect.containsKey("kept-headers") ? (List<String>) expect.get("kept-headers") : List.of();
    }

    boolean expectsTruncatedValue() {
        return Boolean.TRUE.equals(expect.get("truncated"));
    }

    /** Fields of the registration expected as pseudonyms, e.g. channelMessageId or firstContact.staffId. */
    @SuppressWarnings("unchecked")
    List<String> expectedPseudonymised() {
        return expect.containsKey("pseudonymised") ? (List<String>) expect.get("pseudonymised")
                : Collections.emptyList();
    }

    /** Fields of the registration expected as sent, not as pseudonyms. */
    @SuppressWarnings("unchecked")
    List<String> expectedKept() {
        return expect.containsKey("kept") ? (List<String>) expect.get("kept") : Collections.emptyList();
    }

    boolean expectsRegistration() {
        return Integer.valueOf(201).equals(expect.get("status")) || "registered".equals(expect.get("outcome"));
    }

    boolean expectsDeadLetter() {
        return "dead-letter".equals(expect.get("outcome"));
    }

    /** Kafka records the case publishes: the preceding submission, then the case once or twice. */
    int recordsPublished() {
        return (precededBy == null ? 0 : 1) + (repeat ? 2 : 1);
    }

    /** Kafka records of the case that must come out as duplicates: the repeat, or the case after its predecessor. */
    int duplicatesExpected() {
        return (repeat ? 1 : 0) + (precededBy != null && expectsRegistration() ? 1 : 0);
    }

    /** Kafka registrations the case must make: its own, or its predecessor's. */
    int registrationsExpected() {
        return expectsRegistration() || precededBy != null ? 1 : 0;
    }

    @Override
    public String toString() {
        return file;
    }
}
