package com.redress.notification.channel.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.redress.notification.delivery.DeliveryKey;

/**
 * Derives the Message-ID of an e-mail from its delivery key, so that a message re-sent after a crash carries the
 * same id and mail systems (and auditors) recognise it as the same message.
 */
public final class MessageIds {

    /** The header that carries it. */
    static final String HEADER = "Message-ID";

    private static final int ID_HEX_CHARACTERS = 40;

    private MessageIds() {
    }

    /** {@code <hex@domain>}; hashed because a case id need not be a valid RFC 5322 dot-atom. */
    public static String of(DeliveryKey key, String domain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest).substring(0, ID_HEX_CHARACTERS) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
