package com.redress.intake.casenumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.redress.events.intake.Channel;
import com.redress.intake.deduplication.DeduplicationKey;
import com.redress.intake.deduplication.NameBasedUuids;

class CaseIdentityTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 24);
    private static final String KEY_2026 = base64("case-id-key-2026-0123456789abcdef");
    private static final String KEY_2027 = base64("case-id-key-2027-0123456789abcdef");
    private static final DeduplicationKey WECHAT_MESSAGE =
            DeduplicationKey.ofChannelMessage(Channel.WECHAT, "wx-20261124-8827361");

    private final CaseIdentities identities = TestCaseIdentities.create();

    @Test
    void shouldDeriveTheSameIdentityForTheSameKeyWhereverAndWheneverItIsComputed() {
        assertThat(identities.newIdentity(WECHAT_MESSAGE, RECEIVED)).isEqualTo(TestCaseIdentities.create()
                .newIdentity(DeduplicationKey.ofChannelMessage(Channel.WECHAT, "wx-20261124-8827361"), RECEIVED));
    }

    @Test
    void shouldDeriveAVersion8CaseIdAndADateBearingCaseNumber() {
        CaseIdentity identity = identities.newIdentity(
                DeduplicationKey.ofChannelMessage(Channel.PHONE_HOTLINE, "ivr-0001"), RECEIVED);

        assertThat(UUID.fromString(identity.caseId()).version()).isEqualTo(8);
        assertThat(UUID.fromString(identity.caseId()).variant()).isEqualTo(2);
        assertThat(identity.caseNumber()).matches(CaseNumbers.FORMAT).startsWith("CMP-20261124-");
        assertThat(identity.registrationEventId()).isNotEqualTo(UUID.fromString(identity.caseId()));
    }

    @Test
    void shouldGiveIdsThatCannotBeComputedWithoutTheDeploymentsKey() {
        CaseIdentities another = new CaseIdentities(new CaseIdProperties(Map.of("other", KEY_2026), "other"));

        String caseId = identities.newIdentity(WECHAT_MESSAGE, RECEIVED).caseId();

        assertThat(another.newIdentity(WECHAT_MESSAGE, RECEIVED).caseId()).isNotEqualTo(caseId);
        // nor is it the unkeyed id that anyone knowing the message-id scheme could compute
        assertThat(caseId).isNotEqualTo(legacyId(WECHAT_MESSAGE));
    }

    @Test
    void shouldKeepRecognisingTheIdsOfRetiredKeysAndOfUnkeyedLegacyCasesAfterARotation() {
        CaseIdentities before = new CaseIdentities(new CaseIdProperties(Map.of("2026", KEY_2026), "2026"));
        CaseIdentities after = new CaseIdentities(new CaseIdProperties(Map.of("2026", KEY_2026, "2027", KEY_2027),
                "2027"));
        String idBeforeRotation = before.newIdentity(WECHAT_MESSAGE, RECEIVED).caseId();

        assertThat(after.newIdentity(WECHAT_MESSAGE, RECEIVED).caseId()).isNotEqualTo(idBeforeRotation);
        assertThat(after.knownCaseIds(WECHAT_MESSAGE)).containsExactly(
                after.newIdentity(WECHAT_MESSAGE, RECEIVED).caseId(), idBeforeRotation, legacyId(WECHAT_MESSAGE));
    }

    @Test
    void shouldTellTheSameMessageIdOnDifferentChannelsApart() {
        assertThat(identities.newIdentity(DeduplicationKey.ofChannelMessage(Channel.WECHAT, "42"), RECEIVED).caseId())
                .isNotEqualTo(identities.newIdentity(DeduplicationKey.ofChannelMessage(Channel.EMAIL, "42"), RECEIVED)
                        .caseId());
    }

    @Test
    void shouldGiveDistinctCaseNumbersToManyCasesOfOneDay() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            numbers.add(identities.newIdentity(DeduplicationKey.ofChannelMessage(Channel.WECHAT, "wx-" + i), RECEIVED)
                    .caseNumber());
        }

        assertThat(numbers).hasSize(20_000);
    }

    @Test
    void shouldRefuseToStartWithoutAnActiveKeyOrWithAShortOne() {
        assertThatThrownBy(() -> new CaseIdentities(new CaseIdProperties(Map.of(), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("active-key-id");
        assertThatThrownBy(() -> new CaseIdentities(new CaseIdProperties(Map.of("2026", KEY_2026), "2027")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("active-key-id");
        assertThatThrownBy(() -> new CaseIdentities(new CaseIdProperties(Map.of("short", base64("too short")),
                "short"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void shouldMatchTheReferenceVersion5Uuid() {
        // RFC 9562 appendix A.4: DNS namespace, "www.example.com"
        assertThat(NameBasedUuids.of(
                UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    /** The id cases were given before case-id keys existed: a version 5 UUID of a namespace in the source. */
    private static String legacyId(DeduplicationKey key) {
        return NameBasedUuids.of(UUID.fromString("0b6f3f0e-5a8c-4d0e-9c63-2f1b7a4e9d21"), key.value()).toString();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
