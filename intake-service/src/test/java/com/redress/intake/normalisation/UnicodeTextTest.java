package com.redress.intake.normalisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnicodeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            " \n\t ",
            "\u200b\u200c\u200d",         // zero-width space, non-joiner, joiner
            "\u202e\u202d\u202c",         // bidirectional override and pop
            "\u2066\u2067\u2068\u2069",   // bidirectional isolates
            "\ufeff\u2060\u00ad",         // byte-order mark, word joiner, soft hyphen
            "\u3164\uffa0\u115f",         // Hangul fillers
            "\u2800",                     // the blank Braille pattern
            "\u0301\u0301",               // combining accents with nothing to sit on
            "\ue000\ue001",               // private use
            "\u200b \u00a0\u3000\u200b"}) // mixed with no-break and ideographic spaces
    void shouldFindNothingToReadInInvisibleText(String invisible) {
        assertThat(UnicodeText.hasVisibleCharacter(invisible)).isFalse();
        assertThat(UnicodeText.normaliseToNull(invisible)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "卡", "1", "?", "¥", "😀", "\u200bx\u200b", "\u202e退款"})
    void shouldKeepTextWithOneVisibleCharacterFormatCharactersIncluded(String text) {
        assertThat(UnicodeText.hasVisibleCharacter(text)).isTrue();
        assertThat(UnicodeText.normaliseToNull(text)).isEqualTo(UnicodeText.normalise(text));
    }
}
