package com.redress.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class CustomerPseudonymiserTest {

    private final CustomerPseudonymiser pseudonymiser = pseudonymiser("pseudonym-key-0123456789abcdef!!");

    @Test
    void shouldGiveTheSameCustomerTheSamePseudonymOnEveryCase() {
        assertThat(pseudonymiser.pseudonymOf("CUST-100231", "case-1"))
                .isEqualTo(pseudonymiser.pseudonymOf(" cust-100231 ", "case-2"))
                .startsWith("cus_")
                .doesNotContain("100231");
    }

    @Test
    void shouldGiveDifferentCustomersDifferentPseudonyms() {
        assertThat(pseudonymiser.pseudonymOf("CUST-100231", "case-1"))
                .isNotEqualTo(pseudonymiser.pseudonymOf("CUST-100232", "case-1"));
    }

    @Test
    void shouldNeverLinkAnonymousComplaintsToEachOther() {
        assertThat(pseudonymiser.pseudonymOf(null, "case-1")).isNotEqualTo(pseudonymiser.pseudonymOf(null, "case-2"));
    }

    @Test
    void shouldDependOnTheKey() {
        assertThat(pseudonymiser("another-pseudonym-key-0123456789!").pseudonymOf("CUST-100231", "case-1"))
                .isNotEqualTo(pseudonymiser.pseudonymOf("CUST-100231", "case-1"));
    }

    private static CustomerPseudonymiser pseudonymiser(String key) {
        return new CustomerPseudonymiser(new PrivacyProperties(
                Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8))));
    }
}
