package com.redress.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ApiClientsTest {

    private static final String HASH = "78954b295bf8e9947128b5b532d05e8a758929c4cad9512949ff477130b22fcd";

    @Test
    void shouldGrantAClientWithoutConfiguredScopesTheDefault() {
        ApiClients clients = new ApiClients("redress.intake.api", Map.of("wechat", List.of(HASH)), Map.of(),
                Set.of(ApiScope.SUBMIT));

        assertThatNoException().isThrownBy(clients::validate);
        assertThat(clients.scopesOf("wechat")).containsExactly(ApiScope.SUBMIT);
    }

    @Test
    void shouldRefuseToStartWithAClientWithoutScopesWhereThereIsNoDefault() {
        ApiClients clients = new ApiClients("redress.sla.api", Map.of("complaints-desk", List.of(HASH)), Map.of(),
                Set.of());

        assertThatIllegalArgumentException().isThrownBy(clients::validate)
                .withMessageContaining("redress.sla.api.scopes.complaints-desk");
    }

    @Test
    void shouldRefuseToStartWithScopesForAClientThatHasNoKey() {
        ApiClients misspelt = new ApiClients("redress.sla.api", Map.of("complaints-desk", List.of(HASH)),
                Map.of("complaints-desk", Set.of(ApiScope.READ), "complaint-desk", Set.of(ApiScope.READ)), Set.of());

        assertThatIllegalArgumentException().isThrownBy(misspelt::validate).withMessageContaining("complaint-desk");
    }

    @Test
    void shouldRefuseToStartWithAClientGrantedNoScopeAtAll() {
        ApiClients empty = new ApiClients("redress.sla.api", Map.of("complaints-desk", List.of(HASH)),
                Map.of("complaints-desk", Set.of()), Set.of());

        assertThatIllegalArgumentException().isThrownBy(empty::validate).withMessageContaining("complaints-desk");
    }

    @Test
    void shouldNameEachScopeAsASpringSecurityAuthority() {
        assertThat(ApiScope.SUBMIT.authority()).isEqualTo("SCOPE_submit");
        assertThat(ApiScope.UPDATE.authority()).isEqualTo("SCOPE_update");
        assertThat(ApiScope.READ.authority()).isEqualTo("SCOPE_read");
    }
}
