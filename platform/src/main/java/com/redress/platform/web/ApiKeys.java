package com.redress.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifies the client an API key belongs to by comparing its SHA-256 with the configured hashes. A client may have
 * several keys at once, so a key can be rotated without a moment in which neither works.
 */
public class ApiKeys {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final int FINGERPRINT_BYTES = 4;

    private final List<KeyHash> hashes;

    /**
     * @param property     where the hashes are configured, to name in error messages (e.g. {@code redress.sla.api.api-key-sha256})
     * @param apiKeySha256 per client, the hex SHA-256 of each of its keys
     * @throws IllegalArgumentException for a value that is no SHA-256, or one hash given to two clients
     */
    public ApiKeys(String property, Map<String, List<String>> apiKeySha256) {
        List<KeyHash> all = new ArrayList<>();
        Map<String, String> clientByHash = new HashMap<>();
        apiKeySha256.forEach((client, hexHashes) -> {
            for (String hexHash : hexHashes) {
                String hex = hexHash.strip().toLowerCase(Locale.ROOT);
                if (!SHA256_HEX.matcher(hex).matches()) {
                    throw new IllegalArgumentException(property + "." + client
                            + " holds a value that is not a hex SHA-256 (64 hex digits)");
                }
                String other = clientByHash.putIfAbsent(hex, client);
                if (other != null && !other.equals(client)) {
                    throw new IllegalArgumentException("The same API key hash is configured for clients " + other
                            + " and " + client + " (" + property + "); a key must identify one client");
                }
                all.add(new KeyHash(client, HexFormat.of().parseHex(hex)));
            }
        });
        this.hashes = List.copyOf(all);
    }

    /** The client whose key this is, or empty for an unknown key. */
    public Optional<String> authenticate(String apiKey) {
        return identify(apiKey).map(KeyMatch::client);
    }

    /** The client whose key this is and which of its keys it is, or empty for an unknown key. */
    public Optional<KeyMatch> identify(String apiKey) {
        byte[] presented = sha256(apiKey);
        KeyHash match = null;
        // compare against every hash in constant time, so timing does not reveal how close a guess came
        for (KeyHash hash : hashes) {
            if (MessageDigest.isEqual(presented, hash.sha256())) {
                match = hash;
            }
        }
        return Optional.ofNullable(match).map(hash -> new KeyMatch(hash.client(),
                HexFormat.of().formatHex(hash.sha256(), 0, FINGERPRINT_BYTES)));
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

    /**
     * A key recognised.
     *
     * @param client         the client it belongs to (a channel system, a case-handling system, a desk)
     * @param keyFingerprint the first 8 hex digits of its configured SHA-256: names the key in metrics and logs, so a
     *                       rotation can tell when the old key is no longer used, without revealing the key
     */
    public record KeyMatch(String client, String keyFingerprint) {
    }

    private record KeyHash(String client, byte[] sha256) {
    }
}
