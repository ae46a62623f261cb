package com.redress.intake.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Identifies the channel system an API key belongs to by comparing its SHA-256 with the configured hashes. */
public class ChannelSystemAuthenticator {

    private final Map<String, byte[]> hashesBySystem;

    public ChannelSystemAuthenticator(Map<String, String> apiKeySha256) {
        this.hashesBySystem = apiKeySha256.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, entry -> HexFormat.of().parseHex(entry.getValue().strip().toLowerCase(Locale.ROOT))));
    }

    /** The channel system whose key this is, or empty for an unknown key. */
    public Optional<String> authenticate(String apiKey) {
        byte[] presented = sha256(apiKey);
        String match = null;
        // compare against every hash in constant time, so timing does not reveal how close a guess came
        for (Map.Entry<String, byte[]> entry : hashesBySystem.entrySet()) {
            if (MessageDigest.isEqual(presented, entry.getValue())) {
                match = entry.getKey();
            }
        }
        return Optional.ofNullable(match);
    }

    /** The hex SHA-256 of {@code apiKey}: what operations put in the configuration for a new key. */
    public static String hashOf(String apiKey) {
        return HexFormat.of().formatHex(sha256(apiKey));
    }

    private static byte[] sha256(String apiKey) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JRE", e);
        }
    }
}
