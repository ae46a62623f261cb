package com.redress.notification.template;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SMS alphabet choice and segment counts. */
class SmsEncodingTest {

    @Test
    void shouldFitOneHundredSixtyGsmCharactersInOneSegment() {
        RenderedSms sms = RenderedSms.of("a".repeat(160));

        assertThat(sms.encoding()).isEqualTo(SmsEncoding.GSM_7BIT);
        assertThat(sms.segments()).isEqualTo(1);
    }

    @Test
    void shouldSplitLongerGsmTextIntoParts153CharactersEach() {
        assertThat(RenderedSms.of("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(RenderedSms.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(RenderedSms.of("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void shouldCountGsmExtensionCharactersTwice() {
        RenderedSms sms = RenderedSms.of("a".repeat(159) + "€");

        assertThat(sms.encoding()).isEqualTo(SmsEncoding.GSM_7BIT);
        assertThat(sms.segments()).isEqualTo(2);
    }

    @Test
    void shouldFitSeventyChineseCharactersInOneSegment() {
        RenderedSms sms = RenderedSms.of("投".repeat(70));

        assertThat(sms.encoding()).isEqualTo(SmsEncoding.UCS2);
        assertThat(sms.segments()).isEqualTo(1);
    }

    @Test
    void shouldSplitLongerChineseTextIntoParts67CharactersEach() {
        assertThat(RenderedSms.of("投".repeat(71)).segments()).isEqualTo(2);
        assertThat(RenderedSms.of("投".repeat(134)).segments()).isEqualTo(2);
        assertThat(RenderedSms.of("投".repeat(135)).segments()).isEqualTo(3);
    }

    @Test
    void shouldSendLatinTextWithOneChineseCharacterAsUcs2() {
        RenderedSms sms = RenderedSms.of("a".repeat(80) + "号");

        assertThat(sms.encoding()).isEqualTo(SmsEncoding.UCS2);
        assertThat(sms.segments()).isEqualTo(2);
    }
}
