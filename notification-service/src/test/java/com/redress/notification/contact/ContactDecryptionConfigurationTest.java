package com.redress.notification.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.redress.events.intake.EncryptedContact;
import com.redress.notification.support.SandboxProfile;
import com.redress.platform.privacy.ContactCipher;
import com.redress.platform.privacy.ContactDetails;
import com.redress.platform.privacy.ContactKeyProperties;

/** The service decrypts contacts with the platform cipher exactly when the deployment names an active contact key. */
class ContactDecryptionConfigurationTest {

    private static final String KEY = "Y29udGFjdC1rZXktZm9yLWludGVncmF0aW9uLXRlc3Q=";
    private static final String CASE_ID = "case-42";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ContactDecryptionConfiguration.class);

    @Test
    void shouldDecryptWithThePlatformCipherOverTheConfiguredKeys() {
        context.withPropertyValues("redress.privacy.active-contact-key-id=contact-it",
                "redress.privacy.contact-keys.contact-it=" + KEY).run(started -> {
                    ContactDetails contact = new ContactDetails("+8613900005678", "wang.fang@example.com", null);
                    EncryptedContact encrypted = new ContactCipher(new ContactKeyProperties(
                            Map.of("contact-it", KEY), "contact-it")).encrypt(contact, CASE_ID);

                    assertThat(started.getBean(ContactDecryptor.class).decrypt(encrypted, CASE_ID))
                            .isEqualTo(new CustomerContact("+8613900005678", "wang.fang@example.com", null));
                });
    }

    @Test
    void shouldLeaveTheDecryptorToTheFallbackWhenNoActiveKeyIsNamed() {
        context.run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(ContactDecryptor.class));
    }

    @Test
    void shouldRefuseToStartWhenTheActiveKeyIsNotConfigured() {
        context.withPropertyValues("redress.privacy.active-contact-key-id=contact-it").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("redress.privacy.active-contact-key-id contact-it names no key"));
    }

    @Test
    void shouldDecryptUnderTheSandboxProfileWhatIntakeEncryptsUnderItsSandboxProfile() {
        // The same fixed ciphertext is decrypted by intake-service's sandbox profile in its own test.
        EncryptedContact fromIntakeSandbox = new EncryptedContact("sandbox-2026-01", "AES-256-GCM",
                ByteBuffer.wrap(Base64.getDecoder().decode("WjyeDxstTG6Ke50P")),
                ByteBuffer.wrap(Base64.getDecoder().decode("Vk3fpSNiMuKbB7ip+mRlEo/GEXrOqbNGvAGO3ZHFGVHmrL+DhW3fNtX0SOY"
                        + "hoqecyOxVc2yBaCVYi1aaizMVOinJuA==")));

        context.withInitializer(SandboxProfile::load).run(started ->
                assertThat(started.getBean(ContactDecryptor.class)
                        .decrypt(fromIntakeSandbox, "7c1e5b3a-2f4d-5e6a-9b8c-0d1e2f3a4b5c"))
                        .isEqualTo(new CustomerContact("+8613800001234", "demo.customer@example.com", null)));
    }
}
