package com.redress.notification.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.redress.events.intake.EncryptedContact;
import com.redress.platform.privacy.ContactCipher;
import com.redress.platform.privacy.ContactDetails;
import com.redress.platform.privacy.ContactKeyProperties;

/** Contacts encrypted by the platform cipher, as intake encrypts them, read back through {@link ContactDecryptor}. */
class CipherContactDecryptorTest {

    private static final String CASE_ID = "3e0f6c1a-8b2d-5f47-a1c9-2d4e6f8a0b1c";
    private static final String PHONE = "+8613812341234";
    private static final String EMAIL = "li.wei@example.cn";
    private static final ContactKeyProperties KEYS = new ContactKeyProperties(
            Map.of("contact-2026-01", base64("contact-key-0123456789abcdef-256")), "contact-2026-01");

    private final ContactCipher intakeCipher = new ContactCipher(KEYS);
    private final ContactDecryptor decryptor = new CipherContactDecryptor(new ContactCipher(KEYS));

    @Test
    void shouldDecryptTheContactTheSameCipherEncryptedForTheCase() {
        EncryptedContact encrypted = intakeCipher.encrypt(new ContactDetails(PHONE, EMAIL, "push-7f3a"), CASE_ID);

        CustomerContact contact = decryptor.decrypt(encrypted, CASE_ID);

        assertThat(contact).isEqualTo(new CustomerContact(PHONE, EMAIL, "push-7f3a"));
    }

    @Test
    void shouldKeepAbsentFieldsAbsent() {
        EncryptedContact encrypted = intakeCipher.encrypt(new ContactDetails(null, EMAIL, null), CASE_ID);

        assertThat(decryptor.decrypt(encrypted, CASE_ID)).isEqualTo(new CustomerContact(null, EMAIL, null));
    }

    @Test
    void shouldReportAKeyItDoesNotHoldAsUnavailableNamingOnlyTheKey() {
        EncryptedContact underRetiredKey = new ContactCipher(new ContactKeyProperties(
                Map.of("retired-2025", base64("retired-key-0123456789abcdef-256")), "retired-2025"))
                .encrypt(new ContactDetails(PHONE, EMAIL, null), CASE_ID);

        assertThatThrownBy(() -> decryptor.decrypt(underRetiredKey, CASE_ID))
                .isInstanceOf(ContactUnavailableException.class)
                .hasMessageContaining("retired-2025")
                .message().doesNotContain(PHONE).doesNotContain("13812341234").doesNotContain(EMAIL);
    }

    @Test
    void shouldReportAContactMovedFromAnotherCaseAsUnavailableWithoutPersonalData() {
        EncryptedContact ofAnotherCase = intakeCipher.encrypt(new ContactDetails(PHONE, EMAIL, null), "another-case");

        assertThatThrownBy(() -> decryptor.decrypt(ofAnotherCase, CASE_ID))
                .isInstanceOf(ContactUnavailableException.class)
                .hasMessageContaining("contact-2026-01")
                .message().doesNotContain(PHONE).doesNotContain(EMAIL).doesNotContain(CASE_ID);
    }

    @Test
    void shouldReportTamperedDataAsUnavailable() {
        EncryptedContact encrypted = intakeCipher.encrypt(new ContactDetails(PHONE, EMAIL, null), CASE_ID);
        byte[] tampered = new byte[encrypted.getCiphertext().remaining()];
        encrypted.getCiphertext().duplicate().get(tampered);
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> decryptor.decrypt(EncryptedContact.newBuilder(encrypted)
                .setCiphertext(ByteBuffer.wrap(tampered)).build(), CASE_ID))
                .isInstanceOf(ContactUnavailableException.class);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
