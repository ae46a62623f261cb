package com.redress.notification.delivery;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * How far each partition of {@code notifications.outcomes} held this instance's outcomes, as the offset after the last
 * one written: committed with each request's offset (as its metadata), it tells a later owner of the requests
 * partition where the outcomes of the requests not yet committed begin. Only the owner of requests partition p writes
 * outcomes partition p (both keyed by case id, with the same partition count), so one number per partition suffices.
 */
public class OutcomeWatermarks {

    private static final String ENTRIES = ",";
    private static final String EQUALS = "=";

    private final Map<Integer, Long> nextOffsets = new ConcurrentHashMap<>();

    /** An outcome was acknowledged at {@code offset} of {@code partition}. */
    void written(int partition, long offset) {
        nextOffsets.merge(partition, offset + 1, Math::max);
    }

    /** The outcomes of {@code partition} were read up to {@code nextOffset} when this instance took it over. */
    public void takenOver(int partition, long nextOffset) {
        nextOffsets.put(partition, nextOffset);
    }

    public void released(int partition) {
        nextOffsets.remove(partition);
    }

    /** The metadata committed with a request offset: {@code partition=nextOffset} of every partition held here. */
    public String metadata() {
        return nextOffsets.entrySet().stream()
                .map(entry -> entry.getKey() + EQUALS + entry.getValue())
                .collect(Collectors.joining(ENTRIES));
    }

    /** The next outcome offset of {@code partition} that committed {@code metadata} names, if it names one. */
    public static Optional<Long> nextOffsetIn(String metadata, int partition) {
        if (metadata == null || metadata.isBlank()) {
            return Optional.empty();
        }
        for (String entry : metadata.split(ENTRIES)) {
            String[] parts = entry.split(EQUALS);
            if (parts.length == 2 && parts[0].trim().equals(Integer.toString(partition))) {
                try {
                    return Optional.of(Long.parseLong(parts[1].trim()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
