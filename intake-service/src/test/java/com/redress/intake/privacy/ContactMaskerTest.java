package com.redress.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.redress.events.intake.MaskedContact;
import com.redress.platform.privacy.ContactDetails;

class ContactMaskerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "+8613812341234, 138****1234",
            "+862162345678, 216***5678",
            "+442079460958, 207***0958",
            "+85291234567, ******67"})
    void shouldKeepOnlyTheFirstThreeAndLastFourDigits(String e164, String masked) {
        assertThat(ContactMasker.maskPhone(e164)).isEqualTo(masked);
    }

    @Test
    void shouldKeepOnlyTheFirstCharacterAndTheDomainOfAnEmail() {
        assertThat(ContactMasker.maskEmail("margaret.hughes@example.co.uk")).isEqualTo("m***@example.co.uk");
    }

    @Test
    void shouldSayWhetherAPushRegistrationExistsWithoutShowingIt() {
        MaskedContact masked = ContactMasker.mask(new ContactDetails(null, null, "push-token-123"));

        assertThat(masked.getHasAppPush()).isTrue();
        assertThat(masked.getPhone()).isNull();
        assertThat(masked.getEmail()).isNull();
    }
}
