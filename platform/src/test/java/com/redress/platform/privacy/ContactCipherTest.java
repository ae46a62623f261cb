package com.redress.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.redress.events.intake.EncryptedContact;
import com.redress.intake.normalisation.ContactDetails;

class ContactCipherTest {

    private static final String OLD_KEY = base64("old-contact-key-0123456789abcdef");
    private static final String NEW_KEY = base64("new-contact-key-0123456789abcdef");
    private static final String PSEUDONYM_KEY = base64("pseudonym-key-0123456789abcdef!!");
    private static final String CASE_ID = "5f1d7c2e-3b7a-5c44-9d1e-0a2b3c4d5e6f";
    private static final ContactDetails CONTACT = new ContactDetails("+8613812341234", "li.wei@example.cn", null);

    @Test
    void shouldDecryptWhatItEncryptedAndNameTheKey() {
        ContactCipher cipher = cipher("contact-2026-02");

        EncryptedContact encrypted = cipher.encrypt(CONTACT, CASE_ID);

        assertThat(encrypted.getKeyId()).isEqualTo("contact-2026-02");
        assertThat(encrypted.getAlgorithm()).isEqualTo("AES-256-GCM");
        assertThat(encrypted.getNonce().remaining()).isEqualTo(12);
        assertThat(new String(bytes(encrypted.getCiphertext()), StandardCharsets.ISO_8859_1))
                .doesNotContain("13812341234").doesNotContain("li.wei");
        assertThat(cipher.decrypt(encrypted, CASE_ID)).isEqualTo(CONTACT);
    }

    @Test
    void shouldStillDecryptUnderARetiredKeyAfterRotation() {
        EncryptedContact underOldKey = cipher("contact-2026-01").encrypt(CONTACT, CASE_ID);

        ContactCipher rotated = cipher("contact-2026-02");

        assertThat(rotated.decrypt(underOldKey, CASE_ID)).isEqualTo(CONTACT);
        assertThat(rotated.encrypt(CONTACT, CASE_ID).getKeyId()).isEqualTo("contact-2026-02");
    }

    @Test
    void shouldUseAFreshNonceForEveryEncryption() {
        ContactCipher cipher = cipher("contact-2026-02");

        assertThat(cipher.encrypt(CONTACT, CASE_ID).getNonce()).isNotEqualTo(cipher.encrypt(CONTACT, CASE_ID).getNonce());
    }

    @Test
    void shouldRefuseContactMovedToAnotherCase() {
        ContactCipher cipher = cipher("contact-2026-02");
        EncryptedContact encrypted = cipher.encrypt(CONTACT, CASE_ID);

        assertThatThrownBy(() -> cipher.decrypt(encrypted, "another-case"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseTamperedCiphertext() {
        ContactCipher cipher = cipher("contact-2026-02");
        EncryptedContact encrypted = cipher.encrypt(CONTACT, CASE_ID);
        byte[] tampered = bytes(encrypted.getCiphertext());
        tampered[0] ^= 1;
        EncryptedContact tamperedContact = EncryptedContact.newBuilder(encrypted)
                .setCiphertext(ByteBuffer.wrap(tampered)).build();

        assertThatThrownBy(() -> cipher.decrypt(tamperedContact, CASE_ID)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseToStartWithoutTheActiveKey() {
        assertThatThrownBy(() -> new ContactCipher(new PrivacyProperties(Map.of("a", OLD_KEY), "b", PSEUDONYM_KEY)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("active-contact-key-id");
    }

    private static ContactCipher cipher(String activeKeyId) {
        return new ContactCipher(new PrivacyProperties(
                Map.of("contact-2026-01", OLD_KEY, "contact-2026-02", NEW_KEY), activeKeyId, PSEUDONYM_KEY));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
