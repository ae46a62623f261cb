package com.redress.notification.channel.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How e-mail is sent; the SMTP server itself is configured under {@code spring.mail.*}.
 *
 * @param from            the sender address of every message
 * @param messageIdDomain the right-hand side of every Message-ID
 * @param connections     the SMTP connections kept open between messages
 */
@ConfigurationProperties("redress.notification.email")
public record EmailProperties(@DefaultValue("complaints@redress.invalid") String from,
        @DefaultValue("notification.redress.invalid") String messageIdDomain,
        @DefaultValue Connections connections) {

    /**
     * @param max            most connections open at once; a send waits for a free one beyond that
     * @param maxWait        how long a send waits for a free connection before it counts as the server unavailable
     * @param idleCheckAfter a connection idle this long is checked with a NOOP before its next message
     * @param idleTimeout    a connection idle this long is closed (servers drop idle clients after a few minutes)
     */
    public record Connections(@DefaultValue("8") int max, @DefaultValue("30s") Duration maxWait,
            @DefaultValue("5s") Duration idleCheckAfter, @DefaultValue("60s") Duration idleTimeout) {
    }
}
