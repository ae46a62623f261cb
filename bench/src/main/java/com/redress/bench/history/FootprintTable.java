package com.redress.bench.history;

import java.util.List;
import java.util.Locale;

import com.redress.bench.report.Figure;

/**
 * The history phase's figures: one compact table, a line per instance, for the console, and the same figures as
 * {@link Figure}s (held against the targets of a ready time under 60 s and a heap under 256 MB) for the run's table,
 * CSV and Markdown.
 */
public final class FootprintTable {

    public static final double TARGET_READY_SECONDS = 60;
    public static final long TARGET_HEAP_MB = 256;
    private static final double MB = 1024 * 1024;

    private FootprintTable() {
    }

    public static String text(List<InstanceFootprint> footprints) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-22s %-10s %9s %9s %9s %9s %9s %9s%n",
                "service", "instance", "healthy s", "ready s", "settled s", "heap MB", "RSS MB", "state MB"));
        for (InstanceFootprint footprint : footprints) {
            out.append(String.format(Locale.ROOT, "%-22s %-10s %9s %9s %9s %9s %9s %9s%n", footprint.service(),
                    footprint.label(), seconds(footprint.healthySeconds()), seconds(footprint.readySeconds()),
                    seconds(footprint.settledSeconds()),
                    megabytes(footprint.heapBytes()), megabytes(footprint.residentBytes()),
                    megabytes(footprint.stateBytes())));
        }
        return out.toString();
    }

    public static List<Figure> figures(String section, InstanceFootprint footprint) {
        String prefix = footprint.service() + " (" + footprint.label() + "): ";
        return List.of(
                Figure.of(section, prefix + "start -> healthy", footprint.healthySeconds(), "s"),
                Figure.of(section, prefix + "start -> serves a fresh case", footprint.readySeconds(), "s")
                        .against("< " + (int) TARGET_READY_SECONDS + " s",
                                footprint.ready() && footprint.readySeconds() < TARGET_READY_SECONDS),
                Figure.of(section, prefix + "start -> settled (CPU quiet)", footprint.settledSeconds(), "s"),
                Figure.of(section, prefix + "heap after full GC", mb(footprint.heapBytes()), "MB")
                        .against("< " + TARGET_HEAP_MB + " MB",
                                footprint.heapBytes() >= 0 && footprint.heapBytes() < TARGET_HEAP_MB * MB),
                Figure.of(section, prefix + "RSS", mb(footprint.residentBytes()), "MB"),
                Figure.of(section, prefix + "local state", mb(footprint.stateBytes()), "MB"));
    }

    private static double mb(long bytes) {
        return bytes < 0 ? Double.NaN : bytes / MB;
    }

    private static String seconds(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f", bytes / MB);
    }
}
