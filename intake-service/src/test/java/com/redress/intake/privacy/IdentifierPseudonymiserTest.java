package com.redress.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;
import com.redress.intake.normalisation.NormalisedComplaint;
import com.redress.platform.privacy.ContactDetails;

class IdentifierPseudonymiserTest {

    private final IdentifierPseudonymiser pseudonymiser = pseudonymiser("pseudonym-key-0123456789abcdef!!");

    @Test
    void shouldKeepIdentifiersWithoutPersonalDataAndReplaceTheOthersDeterministically() {
        // Given a complaint whose message id, staff id and category code carry a phone, an ID and a card number
        NormalisedComplaint complaint = complaint(new NormalisedComplaint.Identifiers("wx-13700246813", null,
                "6222021234567890128", "11010519491231002X", "CC-SH-HOTLINE"));

        // When
        NormalisedComplaint.Identifiers published = pseudonymiser.protect(complaint).identifiers();

        // Then those three are pseudonyms that reveal nothing, the unit id is as sent
        assertThat(List.of(published.channelMessageId(), published.channelCategoryCode(),
                published.firstContactStaffId())).allSatisfy(pseudonym -> assertThat(pseudonym)
                .matches("pid_[0-9a-f]{32}").doesNotContain("13700246813", "6222021234567890128", "11010519491231002"));
        assertThat(published.firstContactUnitId()).isEqualTo("CC-SH-HOTLINE");
        // and the same identifier always gets the same pseudonym, so a resent message still meets its case
        assertThat(pseudonymiser.protect(complaint).identifiers()).isEqualTo(published);
    }

    @Test
    void shouldAlwaysReplaceAnIdempotencyKeyScopedToTheChannelSystemThatSentIt() {
        NormalisedComplaint.Identifiers keyOnly = new NormalisedComplaint.Identifiers(null, "li.wei@example.cn", null,
                null, null);

        String pseudonym = pseudonymiser.protect(complaint(keyOnly)).identifiers().messageIdOrKey();
        String plainKey = pseudonymiser.protect(complaint(new NormalisedComplaint.Identifiers(null,
                "7d0e6b3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b", null, null, null))).identifiers().idempotencyKey();

        assertThat(pseudonym).matches("idk_[0-9a-f]{32}").doesNotContain("li.wei");
        assertThat(plainKey).startsWith("idk_");
        assertThat(pseudonymiser.idempotencyKey("channel-system:wechat-service-account", "li.wei@example.cn"))
                .isEqualTo(pseudonym)
                .isNotEqualTo(pseudonymiser.idempotencyKey("channel-system:hotline-ivr", "li.wei@example.cn"));
    }

    @Test
    void shouldPublishTheSourceAsSentUnlessItCarriesPersonalData() {
        NormalisedComplaint.Identifiers ids = new NormalisedComplaint.Identifiers("wx-1", null, null, null, null);

        assertThat(pseudonymiser.protect(complaint(ids)).source()).isEqualTo("wechat-service-account");
        assertThat(pseudonymiser.protect(complaint(ids).withSource("relay-13700246813")).source())
                .matches("pid_[0-9a-f]{32}");
    }

    @Test
    void shouldDependOnTheKey() {
        assertThat(pseudonymiser("another-pseudonym-key-0123456789!").publishable("13700246813", "CN"))
                .isNotEqualTo(pseudonymiser.publishable("13700246813", "CN"));
    }

    private static NormalisedComplaint complaint(NormalisedComplaint.Identifiers identifiers) {
        return new NormalisedComplaint("wechat-service-account", Channel.WECHAT, identifiers,
                Instant.parse("2026-11-24T01:15:00Z"), ZoneId.of("Asia/Shanghai"), "CUST-1",
                new ContactDetails(null, null, null), List.of(), "zh-CN", CustomerSegment.ORDINARY, null, null, "投诉");
    }

    private static IdentifierPseudonymiser pseudonymiser(String key) {
        return new IdentifierPseudonymiser(new PrivacyProperties(
                Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8))));
    }
}
