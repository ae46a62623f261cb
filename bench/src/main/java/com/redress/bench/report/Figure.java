package com.redress.bench.report;

import java.util.Locale;

/**
 * One measured figure of a run.
 *
 * @param section  the part of the benchmark it comes from (raw baseline, throughput, latency, deadlines)
 * @param name     what was measured
 * @param value    the measurement
 * @param unit     its unit ({@code records/s}, {@code ms}, {@code MB}, {@code s}, {@code %}, {@code count},
 *                 {@code cores}: CPU seconds per second)
 * @param target   the target it is held against, or {@code null}
 * @param met      whether the target is met, or {@code null} when there is none
 */
public record Figure(String section, String name, double value, String unit, String target, Boolean met) {

    public static Figure of(String section, String name, double value, String unit) {
        return new Figure(section, name, value, unit, null, null);
    }

    public Figure against(String targetDescription, boolean isMet) {
        return new Figure(section, name, value, unit, targetDescription, isMet);
    }

    /** The value as a reader wants it: whole numbers for counts, rates, milliseconds and megabytes. */
    public String formattedValue() {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (unit.equals("cores")) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        boolean fractional = unit.equals("s") || unit.equals("%") || unit.equals("x");
        return fractional ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%,d",
                Math.round(value));
    }

    /** {@code met}, {@code MISSED} or empty when there is no target. */
    public String verdict() {
        return met == null ? "" : met ? "met" : "MISSED";
    }
}
