package com.redress.notification.channel.email;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;

/**
 * Names Jakarta Mail's stream provider in a system property. Jakarta Mail 2.1 looks the provider up for every
 * multipart, body part and encoded header; without the property each lookup is a {@link java.util.ServiceLoader} scan
 * of the whole class path (in a Spring Boot jar, of every nested jar), which took most of notification-service's CPU
 * time per e-mail. With it the lookup is a class already loaded. (Jakarta Mail 2.2 caches the provider in the
 * session; this can go then.)
 */
final class StreamProviderLookup {

    private StreamProviderLookup() {
    }

    /** Sets the property unless the deployment set it already. */
    static void skipServiceLoader() {
        String property = StreamProvider.class.getName();
        if (System.getProperty(property) == null) {
            System.setProperty(property, MailStreamProvider.class.getName());
        }
    }
}
