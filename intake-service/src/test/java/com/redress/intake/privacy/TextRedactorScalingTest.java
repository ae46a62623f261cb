package com.redress.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Redaction takes time in proportion to the text: adversarial texts of 2,000 and 20,000 characters — long runs of what
 * an e-mail address, a number or a phone number is made of, without ever completing one — must not take more than
 * about ten times as long at ten times the length. Quadratic matching, which a few requests of the maximum length turn
 * into minutes of a core, takes a hundred times as long.
 */
class TextRedactorScalingTest {

    private static final int SHORT = 2_000;
    private static final int LONG = 20_000;
    /** Linear is 10; the margin absorbs timer and JIT noise, far below the 100 of quadratic growth. */
    private static final double MAX_GROWTH = 30;
    /** Below this a long text is fast whatever the ratio; the ratio of two tiny times is noise. */
    private static final long NOISE_FLOOR_NANOS = 20_000_000L;

    static Stream<Arguments> adversarialTexts() {
        return Stream.of(
                Arguments.of("e-mail local characters", "a"),
                Arguments.of("e-mail local characters with dots", "a."),
                Arguments.of("at signs after local characters", "ab@"),
                Arguments.of("at-dot pairs", "@."),
                Arguments.of("domains without a top-level label", "a@b.c1"),
                Arguments.of("labels after one at sign", "x.y-"),
                Arguments.of("mixed scripts in an address shape", "张a1@例."),
                Arguments.of("digits", "7"),
                Arguments.of("spaced digits", "7 "),
                Arguments.of("dashed digits", "7-"),
                Arguments.of("plus and digits", "+86 1"),
                Arguments.of("upper-case letters and digits", "GB12A"),
                Arguments.of("full-width digits and at signs", "１２３＠"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarialTexts")
    void shouldRedactAdversarialTextInLinearTime(String name, String unit) {
        String shortText = repeat(unit, SHORT);
        String longText = repeat(unit, LONG);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            TextRedactor.redact(shortText, "CN");
        }

        long shortNanos = medianNanos(shortText);
        long longNanos = medianNanos(longText);

        assertThat(longNanos < NOISE_FLOOR_NANOS || longNanos <= MAX_GROWTH * shortNanos)
                .as("%s: %d chars in %.1f ms, %d chars in %.1f ms", name, SHORT, shortNanos / 1e6, LONG,
                        longNanos / 1e6)
                .isTrue();
    }

    private static long medianNanos(String text) {
        long[] runs = new long[5];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            TextRedactor.redact(text, "CN");
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    private static String repeat(String unit, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(unit);
        }
        return text.substring(0, length);
    }
}
