package com.redress.intake.casenumber;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.redress.events.intake.Channel;
import com.redress.intake.deduplication.DeduplicationKey;
import com.redress.intake.deduplication.NameBasedUuids;

class CaseIdentityTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 24);

    @Test
    void shouldDeriveTheSameIdentityForTheSameKeyWhereverAndWheneverItIsComputed() {
        DeduplicationKey key = DeduplicationKey.ofChannelMessage(Channel.WECHAT, "wx-20261124-8827361");

        assertThat(CaseIdentity.of(key, RECEIVED)).isEqualTo(CaseIdentity.of(
                DeduplicationKey.ofChannelMessage(Channel.WECHAT, "wx-20261124-8827361"), RECEIVED));
    }

    @Test
    void shouldDeriveAVersion5CaseIdAndADateBearingCaseNumber() {
        CaseIdentity identity = CaseIdentity.of(
                DeduplicationKey.ofChannelMessage(Channel.PHONE_HOTLINE, "ivr-0001"), RECEIVED);

        assertThat(UUID.fromString(identity.caseId()).version()).isEqualTo(5);
        assertThat(identity.caseNumber()).matches(CaseNumbers.FORMAT).startsWith("CMP-20261124-");
        assertThat(identity.registrationEventId()).isNotEqualTo(UUID.fromString(identity.caseId()));
    }

    @Test
    void shouldTellTheSameMessageIdOnDifferentChannelsApart() {
        assertThat(CaseIdentity.of(DeduplicationKey.ofChannelMessage(Channel.WECHAT, "42"), RECEIVED).caseId())
                .isNotEqualTo(CaseIdentity.of(DeduplicationKey.ofChannelMessage(Channel.EMAIL, "42"), RECEIVED)
                        .caseId());
    }

    @Test
    void shouldGiveDistinctCaseNumbersToManyCasesOfOneDay() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            numbers.add(CaseIdentity.of(DeduplicationKey.ofChannelMessage(Channel.WECHAT, "wx-" + i), RECEIVED)
                    .caseNumber());
        }

        assertThat(numbers).hasSize(20_000);
    }

    @Test
    void shouldMatchTheReferenceVersion5Uuid() {
        // RFC 9562 appendix A.4: DNS namespace, "www.example.com"
        assertThat(NameBasedUuids.of(
                UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }
}
