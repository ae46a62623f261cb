package com.redress.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.redress.events.intake.EncryptedContact;

class ContactCipherTest {

    private static final String OLD_KEY = base64("old-contact-key-0123456789abcdef");
    private static final String NEW_KEY = base64("new-contact-key-0123456789abcdef");
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
    void shouldRefuseAKeyIdItDoesNotHoldNamingOnlyTheKeyId() {
        EncryptedContact encrypted = new ContactCipher(new ContactKeyProperties(Map.of("elsewhere", NEW_KEY),
                "elsewhere")).encrypt(CONTACT, CASE_ID);

        assertThatThrownBy(() -> cipher("contact-2026-02").decrypt(encrypted, CASE_ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown contact key id elsewhere");
    }

    @Test
    void shouldRefuseToStartWhenTheActiveKeyIdNamesNoConfiguredKey() {
        assertThatThrownBy(() -> new ContactCipher(new ContactKeyProperties(Map.of("a", OLD_KEY), "b")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("redress.privacy.active-contact-key-id b")
                .hasMessageContaining("redress.privacy.contact-keys");
    }

    @Test
    void shouldRefuseToStartWithoutAnyKeyConfigured() {
        assertThatThrownBy(() -> new ContactCipher(new ContactKeyProperties(null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("redress.privacy.active-contact-key-id is not set")
                .hasMessageContaining("redress.privacy.contact-keys.<key-id>");
    }

    @Test
    void shouldRefuseToStartWithAKeyOfTheWrongLengthWithoutPrintingIt() {
        String shortKey = base64("too-short");

        assertThatThrownBy(() -> new ContactCipher(new ContactKeyProperties(Map.of("short", shortKey), "short")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("redress.privacy.contact-keys.short")
                .hasMessageContaining("16, 24 or 32 bytes")
                .message().doesNotContain(shortKey);
    }

    @Test
    void shouldRefuseToStartWithAKeyThatIsNotBase64() {
        assertThatThrownBy(() -> new ContactCipher(new ContactKeyProperties(Map.of("k", "not base64!"), "k")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("redress.privacy.contact-keys.k is not valid base64");
    }

    @Test
    void shouldNameTheKeySizeInTheAlgorithm() {
        String key128 = base64("sixteen-byte-key");
        ContactCipher cipher = new ContactCipher(new ContactKeyProperties(Map.of("k128", key128), "k128"));

        assertThat(cipher.encrypt(CONTACT, CASE_ID).getAlgorithm()).isEqualTo("AES-128-GCM");
    }

    @Test
    void shouldNeverPrintTheKeysOfItsProperties() {
        ContactKeyProperties properties = new ContactKeyProperties(
                Map.of("contact-2026-01", OLD_KEY, "contact-2026-02", NEW_KEY), "contact-2026-02");

        assertThat(properties.toString())
                .isEqualTo("ContactKeyProperties[activeContactKeyId=contact-2026-02, "
                        + "keyIds=[contact-2026-01, contact-2026-02]]")
                .doesNotContain(OLD_KEY).doesNotContain(NEW_KEY);
    }

    private static ContactCipher cipher(String activeKeyId) {
        return new ContactCipher(new ContactKeyProperties(
                Map.of("contact-2026-01", OLD_KEY, "contact-2026-02", NEW_KEY), activeKeyId));
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
