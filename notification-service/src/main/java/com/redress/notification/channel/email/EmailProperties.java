package com.redress.notification.channel.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How e-mail is sent; the SMTP server itself is configured under {@code spring.mail.*}.
 *
 * @param from            the sender address of every message
 * @param messageIdDomain the right-hand side of every Message-ID
 */
@ConfigurationProperties("redress.notification.email")
public record EmailProperties(@DefaultValue("complaints@redress.invalid") String from,
        @DefaultValue("notification.redress.invalid") String messageIdDomain) {
}
