package com.redress.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Redaction takes time in proportion to the text: adversarial texts of 2,000 and 20,000 characters — long runs of what
 * an e-mail address, a number or a phone number is made of, without ever completing one — must not take more than
 * about ten times as long at ten times the length. Quadratic matching, which a few requests of the maximum length turn
 * into minutes of a core, takes a hundred times as long. Time is the CPU time of the redacting thread, so that a busy
 * machine does not fail the test.
 */
class TextRedactorScalingTest {

    private static final int SHORT = 2_000;
    private static final int LONG = 20_000;
    /** Linear is 10; the margin absorbs timer and JIT noise, far below the 100 of quadratic growth. */
    private static final double MAX_GROWTH = 30;
    /** Below this a long text is fast whatever the ratio; the ratio of two tiny times is noise. */
    private static final long NOISE_FLOOR_NANOS = 20_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static Stream<Arguments> adversarialTexts() {
        return Stream.of(
                repeated("e-mail local characters", "a"),
                repeated("e-mail local characters with dots", "a."),
                repeated("at signs after local characters", "ab@"),
                repeated("at-dot pairs", "@."),
                repeated("domains without a top-level label", "a@b.c1"),
                repeated("labels after one at sign", "x.y-"),
                repeated("mixed scripts in an address shape", "张a1@例."),
                repeated("digits", "7"),
                repeated("spaced digits", "7 "),
                repeated("dashed digits", "7-"),
                repeated("plus and digits", "+86 1"),
                repeated("upper-case letters and digits", "GB12A"),
                repeated("full-width digits and at signs", "１２３＠"),
                // grouped ID and card numbers
                repeated("dotted digits", "1."),
                repeated("counting digits", "1 2 3 4 5 6 7 8 9 0 "),
                repeated("digits between mixed separators", "1-2.3 "),
                repeated("card-sized groups", "6222 "),
                repeated("ID-sized groups", "370102-19770314-"),
                repeated("full-width digits between full-width separators", "１－２．３　"),
                repeated("Arabic-Indic digits with dashes", "٣-"),
                // Chinese numerals
                repeated("Chinese numerals", "一"),
                repeated("Chinese numerals read aloud in groups", "幺三七 零零二四 "),
                repeated("dashed Chinese numerals", "〇-"),
                repeated("digits and Chinese numerals alternating", "1一"),
                repeated("digits and Chinese numerals between spaces", "1 一 "),
                // internationalised e-mail addresses
                Arguments.of("Han characters, then one at sign", (IntFunction<String>) length -> "张".repeat(length - 1)
                        + "@"),
                repeated("Han names before at signs", "张三@"),
                repeated("Han at-dot pairs", "@例."),
                Arguments.of("Han labels after one at sign", (IntFunction<String>) length -> "a@"
                        + repeat("例子.", length - 2)),
                Arguments.of("Han top-level label after one address", (IntFunction<String>) length -> "张三@例子."
                        + "中".repeat(length - 6)),
                repeated("whole Han addresses", "张三@例子.中国"),
                repeated("accented local characters", "é"),
                repeated("Cyrillic addresses without a top-level label", "иван@пример."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarialTexts")
    void shouldRedactAdversarialTextInLinearTime(String name, IntFunction<String> text, TestReporter reporter) {
        String shortText = text.apply(SHORT);
        String longText = text.apply(LONG);
        assertThat(shortText).hasSize(SHORT);
        assertThat(longText).hasSize(LONG);
        // both lengths warmed up: code that only long runs reach is compiled before it is measured
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            TextRedactor.redact(shortText, "CN");
        }
        TextRedactor.redact(longText, "CN");

        long shortNanos = fastestNanos(shortText);
        long longNanos = fastestNanos(longText);

        String measured = String.format("%s: %d chars in %.1f ms, %d chars in %.1f ms", name, SHORT, shortNanos / 1e6,
                LONG, longNanos / 1e6);
        reporter.publishEntry("timing", measured);
        assertThat(longNanos < NOISE_FLOOR_NANOS || longNanos <= MAX_GROWTH * shortNanos).as(measured).isTrue();
    }

    /**
     * The least CPU time of five runs, on this thread: the wall clock also counts the time other processes ran, more
     * of it the longer a run, and other work on the machine only ever adds time.
     */
    private static long fastestNanos(String text) {
        long fastest = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = THREADS.getCurrentThreadCpuTime();
            TextRedactor.redact(text, "CN");
            fastest = Math.min(fastest, THREADS.getCurrentThreadCpuTime() - start);
        }
        return fastest;
    }

    private static Arguments repeated(String name, String unit) {
        return Arguments.of(name, (IntFunction<String>) length -> repeat(unit, length));
    }

    private static String repeat(String unit, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(unit);
        }
        return text.substring(0, length);
    }
}
