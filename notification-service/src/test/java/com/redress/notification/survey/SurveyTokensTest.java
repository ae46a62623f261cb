package com.redress.notification.survey;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Survey tokens: genuine ones read back, forged, altered and expired ones refused. */
class SurveyTokensTest {

    private static final Instant NOW = Instant.parse("2025-03-20T08:00:00Z");
    private static final byte[] KEY = "a-32-byte-signing-key-for-tests!".getBytes(StandardCharsets.UTF_8);
    private static final SurveyInvitation INVITATION = new SurveyInvitation("case-1", "survey-e1",
            NOW.plusSeconds(86_400));

    private final SurveyTokens tokens = new SurveyTokens(KEY, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldReadBackTheInvitationOfAGenuineToken() {
        assertThat(tokens.verify(tokens.sign(INVITATION))).isEqualTo(INVITATION);
    }

    @Test
    void shouldSignTheSameInvitationAlwaysTheSameWaySoAResentLinkStillWorks() {
        assertThat(tokens.sign(INVITATION)).isEqualTo(tokens.sign(INVITATION));
    }

    @Test
    void shouldRejectATokenSignedWithAnotherKey() {
        SurveyTokens otherKey = new SurveyTokens("another-32-byte-key-for-testing!".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.verify(otherKey.sign(INVITATION)))
                .isInstanceOf(InvalidSurveyTokenException.class).hasMessage("bad signature");
    }

    @Test
    void shouldRejectATokenWhoseCaseWasChanged() {
        String token = tokens.sign(INVITATION);
        String forgedPayload = tokens.sign(new SurveyInvitation("case-2", "survey-e1", INVITATION.expiresAt()))
                .split("\\.")[0];

        assertThatThrownBy(() -> tokens.verify(forgedPayload + "." + token.split("\\.")[1]))
                .isInstanceOf(InvalidSurveyTokenException.class);
    }

    @Test
    void shouldRejectAnExpiredToken() {
        SurveyTokens later = new SurveyTokens(KEY, Clock.fixed(INVITATION.expiresAt(), ZoneOffset.UTC));

        assertThatThrownBy(() -> later.verify(tokens.sign(INVITATION)))
                .isInstanceOf(InvalidSurveyTokenException.class).hasMessage("expired");
    }

    @Test
    void shouldRejectGarbage() {
        assertThatThrownBy(() -> tokens.verify("no-dot-here")).isInstanceOf(InvalidSurveyTokenException.class);
        assertThatThrownBy(() -> tokens.verify("!!!.???")).isInstanceOf(InvalidSurveyTokenException.class);
    }
}
