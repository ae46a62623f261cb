package com.redress.notification.channel.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS and app-push providers.
 *
 * @param sms  the SMS gateway
 * @param push the push notification service
 */
@ConfigurationProperties("redress.notification.providers")
public record ProvidersProperties(@DefaultValue HttpProviderProperties sms, @DefaultValue HttpProviderProperties push) {
}
