package com.redress.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private static final String PROPERTY = "redress.intake.api.api-key-sha256";
    private static final String OLD_KEY = "wechat-key-2026-q3";
    private static final String NEW_KEY = "wechat-key-2026-q4";
    private static final String HOTLINE_KEY = "hotline-key";

    @Test
    void shouldAcceptTheOldAndTheNewKeyOfAClientDuringARotation() {
        // Given a client with two key hashes configured, as during a rotation, and another client
        ApiKeys keys = new ApiKeys(PROPERTY, Map.of(
                "wechat-service-account", List.of(ApiKeys.hashOf(OLD_KEY), ApiKeys.hashOf(NEW_KEY).toUpperCase()),
                "hotline-ivr", List.of(ApiKeys.hashOf(HOTLINE_KEY))));

        // Then either key names the client, the other client's key names it, and anything else nobody
        assertThat(keys.authenticate(OLD_KEY)).contains("wechat-service-account");
        assertThat(keys.authenticate(NEW_KEY)).contains("wechat-service-account");
        assertThat(keys.authenticate(HOTLINE_KEY)).contains("hotline-ivr");
        assertThat(keys.authenticate("wechat-key-2026-q5")).isEmpty();
        // and the match names which key it was, by the start of its hash
        assertThat(keys.identify(NEW_KEY)).contains(new ApiKeys.KeyMatch("wechat-service-account",
                ApiKeys.hashOf(NEW_KEY).substring(0, 8)));
    }

    @Test
    void shouldNoLongerAcceptAKeyOnceItsHashIsRemoved() {
        // Given the rotation finished: only the new key's hash is left
        ApiKeys keys = new ApiKeys(PROPERTY, Map.of("wechat-service-account", List.of(ApiKeys.hashOf(NEW_KEY))));

        assertThat(keys.authenticate(OLD_KEY)).isEmpty();
        assertThat(keys.authenticate(NEW_KEY)).contains("wechat-service-account");
    }

    @Test
    void shouldRefuseAValueThatIsNoSha256NamingItsPropertyButNotTheValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ApiKeys(PROPERTY, Map.of("wechat-service-account", List.of(OLD_KEY))))
                .withMessageContaining(PROPERTY + ".wechat-service-account")
                .withMessageNotContaining(OLD_KEY);
    }

    @Test
    void shouldRefuseOneKeyForTwoClients() {
        String shared = ApiKeys.hashOf(OLD_KEY);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ApiKeys(PROPERTY, Map.of(
                        "wechat-service-account", List.of(shared), "hotline-ivr", List.of(shared))))
                .withMessageContaining("wechat-service-account").withMessageContaining("hotline-ivr");
    }
}
