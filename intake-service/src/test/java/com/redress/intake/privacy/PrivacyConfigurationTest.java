package com.redress.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import com.redress.events.intake.EncryptedContact;
import com.redress.platform.privacy.ContactCipher;
import com.redress.platform.privacy.ContactDetails;

class PrivacyConfigurationTest {

    private static final String CONTACT_KEY = "redress.privacy.contact-keys.contact-test="
            + "Y29udGFjdC1rZXktZm9yLWludGVncmF0aW9uLXRlc3Q=";
    private static final String ACTIVE_KEY = "redress.privacy.active-contact-key-id=contact-test";
    private static final String PSEUDONYM_KEY = "redress.intake.privacy.pseudonym-key="
            + "cHNldWRvbnltLWtleS1mb3ItaW50ZWdyYXRpb24tdGVzdHM=";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PrivacyConfiguration.class);

    @Test
    void shouldRefuseToStartWithoutContactKeysNamingTheProperties() {
        context.withPropertyValues(PSEUDONYM_KEY).run(started -> assertThat(started).hasFailed()
                .getFailure().rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("redress.privacy.active-contact-key-id is not set")
                .hasMessageContaining("redress.privacy.contact-keys"));
    }

    @Test
    void shouldRefuseToStartWithoutThePseudonymKey() {
        context.withPropertyValues(CONTACT_KEY, ACTIVE_KEY).run(started -> assertThat(started).hasFailed()
                .getFailure().rootCause().hasMessageContaining("redress.intake.privacy.pseudonym-key"));
    }

    @Test
    void shouldEncryptUnderTheActiveKeyOfTheContactKeyProperties() {
        context.withPropertyValues(CONTACT_KEY, ACTIVE_KEY, PSEUDONYM_KEY).run(started -> {
            ContactCipher cipher = started.getBean(ContactCipher.class);
            ContactDetails contact = new ContactDetails("+8613900005678", null, "push-1");

            EncryptedContact encrypted = cipher.encrypt(contact, "case-1");

            assertThat(encrypted.getKeyId()).isEqualTo("contact-test");
            assertThat(cipher.decrypt(encrypted, "case-1")).isEqualTo(contact);
        });
    }

    @Test
    void shouldHoldTheSandboxContactKeyNotificationServiceDecryptsWith() {
        // The same fixed ciphertext is decrypted by notification-service's sandbox profile in its own test.
        EncryptedContact sandboxFixture = new EncryptedContact("sandbox-2026-01", "AES-256-GCM",
                ByteBuffer.wrap(Base64.getDecoder().decode("WjyeDxstTG6Ke50P")),
                ByteBuffer.wrap(Base64.getDecoder().decode("Vk3fpSNiMuKbB7ip+mRlEo/GEXrOqbNGvAGO3ZHFGVHmrL+DhW3fNtX0SOY"
                        + "hoqecyOxVc2yBaCVYi1aaizMVOinJuA==")));

        context.withInitializer(PrivacyConfigurationTest::loadSandboxProfile).run(started ->
                assertThat(started.getBean(ContactCipher.class)
                        .decrypt(sandboxFixture, "7c1e5b3a-2f4d-5e6a-9b8c-0d1e2f3a4b5c"))
                        .isEqualTo(new ContactDetails("+8613800001234", "demo.customer@example.com", null)));
    }

    private static void loadSandboxProfile(ConfigurableApplicationContext context) {
        try {
            new YamlPropertySourceLoader().load("sandbox", new ClassPathResource("application-sandbox.yml"))
                    .forEach(context.getEnvironment().getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
