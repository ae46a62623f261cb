package com.redress.platform.serde;

import org.apache.avro.util.ClassSecurityValidator;
import org.junit.jupiter.api.Test;

import com.redress.events.common.NotificationChannel;
import com.redress.events.intake.ComplaintRegistered;

import static org.assertj.core.api.Assertions.assertThat;

class EventClassTrustTest {

    @Test
    void shouldTrustEveryGeneratedEventClassAndKeepWhatWasTrustedBefore() {
        // When
        EventClassTrust.install();
        EventClassTrust.install();

        // Then
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(ComplaintRegistered.class)).isTrue();
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(NotificationChannel.class)).isTrue();
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(String.class)).isTrue();
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(java.net.URLClassLoader.class)).isFalse();
    }
}
