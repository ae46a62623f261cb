package com.redress.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChannelSystemAuthenticatorTest {

    private static final String OLD_KEY = "wechat-key-2026-q3";
    private static final String NEW_KEY = "wechat-key-2026-q4";
    private static final String HOTLINE_KEY = "hotline-key";

    @Test
    void shouldAcceptTheOldAndTheNewKeyOfASystemDuringARotation() {
        // Given a channel system with two key hashes configured, as during a rotation, and another system
        ChannelSystemAuthenticator authenticator = new ChannelSystemAuthenticator(Map.of(
                "wechat-service-account", List.of(ChannelSystemAuthenticator.hashOf(OLD_KEY),
                        ChannelSystemAuthenticator.hashOf(NEW_KEY).toUpperCase()),
                "hotline-ivr", List.of(ChannelSystemAuthenticator.hashOf(HOTLINE_KEY))));

        // Then either key names the system, the other system's key names it, and anything else nobody
        assertThat(authenticator.authenticate(OLD_KEY)).contains("wechat-service-account");
        assertThat(authenticator.authenticate(NEW_KEY)).contains("wechat-service-account");
        assertThat(authenticator.authenticate(HOTLINE_KEY)).contains("hotline-ivr");
        assertThat(authenticator.authenticate("wechat-key-2026-q5")).isEmpty();
        // and the match names which key it was, by the start of its hash
        assertThat(authenticator.identify(NEW_KEY)).contains(new ChannelSystemAuthenticator.KeyMatch(
                "wechat-service-account", ChannelSystemAuthenticator.hashOf(NEW_KEY).substring(0, 8)));
    }

    @Test
    void shouldNoLongerAcceptAKeyOnceItsHashIsRemoved() {
        // Given the rotation finished: only the new key's hash is left
        ChannelSystemAuthenticator authenticator = new ChannelSystemAuthenticator(Map.of(
                "wechat-service-account", List.of(ChannelSystemAuthenticator.hashOf(NEW_KEY))));

        assertThat(authenticator.authenticate(OLD_KEY)).isEmpty();
        assertThat(authenticator.authenticate(NEW_KEY)).contains("wechat-service-account");
    }

    @Test
    void shouldRefuseAValueThatIsNoSha256() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ChannelSystemAuthenticator(Map.of("wechat-service-account", List.of(OLD_KEY))))
                .withMessageContaining("wechat-service-account")
                .withMessageNotContaining(OLD_KEY);
    }

    @Test
    void shouldRefuseOneKeyForTwoSystems() {
        String shared = ChannelSystemAuthenticator.hashOf(OLD_KEY);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ChannelSystemAuthenticator(Map.of(
                        "wechat-service-account", List.of(shared), "hotline-ivr", List.of(shared))))
                .withMessageContaining("wechat-service-account").withMessageContaining("hotline-ivr");
    }
}
