package com.redress.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import com.redress.platform.web.ApiScope;

class ApiPropertiesTest {

    private static final String HASH = "78954b295bf8e9947128b5b532d05e8a758929c4cad9512949ff477130b22fcd";

    @Test
    void shouldGrantAClientWithoutConfiguredScopesOnlyTheSubmittersScope() {
        ApiProperties properties = properties(Map.of("wechat", List.of(HASH)), Map.of());

        assertThat(properties.scopesOf("wechat")).containsExactly(ApiScope.SUBMIT);
    }

    @Test
    void shouldGrantAClientExactlyTheScopesConfiguredForIt() {
        ApiProperties properties = properties(Map.of("case-handler", List.of(HASH)),
                Map.of("case-handler", Set.of(ApiScope.UPDATE, ApiScope.READ)));

        assertThat(properties.scopesOf("case-handler")).containsExactlyInAnyOrder(ApiScope.UPDATE, ApiScope.READ);
    }

    @Test
    void shouldRefuseToStartWithScopesForAClientThatHasNoKey() {
        ApiProperties misspelt = properties(Map.of("case-handler", List.of(HASH)),
                Map.of("case-handlr", Set.of(ApiScope.UPDATE)));

        assertThatThrownBy(misspelt::validateScopes).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("case-handlr");
    }

    @Test
    void shouldRefuseToStartWithAClientGrantedNoScopeAtAll() {
        ApiProperties empty = properties(Map.of("case-handler", List.of(HASH)), Map.of("case-handler", Set.of()));

        assertThatThrownBy(empty::validateScopes).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("case-handler");
    }

    @Test
    void shouldNameEachScopeAsASpringSecurityAuthority() {
        assertThat(ApiScope.SUBMIT.authority()).isEqualTo("SCOPE_submit");
        assertThat(ApiScope.UPDATE.authority()).isEqualTo("SCOPE_update");
        assertThat(ApiScope.READ.authority()).isEqualTo("SCOPE_read");
    }

    private static ApiProperties properties(Map<String, List<String>> keys, Map<String, Set<ApiScope>> scopes) {
        return new ApiProperties(keys, scopes, DataSize.ofKilobytes(64),
                new ApiProperties.RateLimit(500, 1000, Map.of()));
    }
}
