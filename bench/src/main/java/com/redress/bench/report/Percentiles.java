package com.redress.bench.report;

import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;

/** The p50, p99, p99.9 and maximum of a latency histogram, as figures. */
public final class Percentiles {

    private Percentiles() {
    }

    /** Four figures named {@code <what> p50} ... {@code <what> max}; targets apply to p99 when given. */
    public static List<Figure> of(String section, String what, Histogram histogram, String p99Target,
            double p99Limit) {
        List<Figure> figures = new ArrayList<>();
        boolean empty = histogram.getTotalCount() == 0;
        figures.add(Figure.of(section, what + " p50", empty ? Double.NaN : histogram.getValueAtPercentile(50), "ms"));
        Figure p99 = Figure.of(section, what + " p99", empty ? Double.NaN : histogram.getValueAtPercentile(99), "ms");
        figures.add(p99Target == null ? p99 : p99.against(p99Target, !empty && p99.value() < p99Limit));
        figures.add(Figure.of(section, what + " p99.9", empty ? Double.NaN : histogram.getValueAtPercentile(99.9),
                "ms"));
        figures.add(Figure.of(section, what + " max", empty ? Double.NaN : histogram.getMaxValue(), "ms"));
        return figures;
    }
}
