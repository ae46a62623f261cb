package com.redress.grading.corpus;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts predictions against labels for one dimension (category or tier) and reports precision and recall. */
final class ConfusionCounts<L extends Comparable<L>> {

    private final Map<L, int[]> byLabel = new TreeMap<>();
    private int total;
    private int correct;

    void add(L expected, L predicted) {
        total++;
        int[] expectedCounts = byLabel.computeIfAbsent(expected, ignored -> new int[3]);
        int[] predictedCounts = byLabel.computeIfAbsent(predicted, ignored -> new int[3]);
        if (expected.equals(predicted)) {
            correct++;
            expectedCounts[0]++;
        } else {
            predictedCounts[1]++;
            expectedCounts[2]++;
        }
    }

    /** Share of complaints whose prediction equals the label (micro-averaged precision and recall). */
    double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    /** Share of the complaints labelled {@code label} that were predicted so; 0 when none is labelled so. */
    double recall(L label) {
        int[] counts = byLabel.get(label);
        return counts == null || counts[0] + counts[2] == 0 ? 0 : (double) counts[0] / (counts[0] + counts[2]);
    }

    String report(String dimension) {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%-28s %9s %9s %7s%n", dimension,
                "precision", "recall", "support"));
        byLabel.forEach((label, counts) -> {
            int truePositives = counts[0];
            int falsePositives = counts[1];
            int falseNegatives = counts[2];
            report.append(String.format(Locale.ROOT, "%-28s %9s %9s %7d%n", label,
                    ratio(truePositives, truePositives + falsePositives),
                    ratio(truePositives, truePositives + falseNegatives), truePositives + falseNegatives));
        });
        report.append(String.format(Locale.ROOT, "%-28s %9.3f %9.3f %7d%n", "overall (micro)", accuracy(),
                accuracy(), total));
        return report.toString();
    }

    private static String ratio(int numerator, int denominator) {
        return denominator == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) numerator / denominator);
    }
}
