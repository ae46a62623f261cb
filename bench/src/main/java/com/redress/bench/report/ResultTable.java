package com.redress.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The figures of one run, rendered as a console table, a Markdown table and CSV rows. */
public final class ResultTable {

    static final String CSV_HEADER = "run,mode,section,figure,value,unit,target,verdict";
    private static final List<String> HEADINGS = List.of("section", "figure", "value", "unit", "target", "verdict");

    private final List<Figure> figures = new ArrayList<>();

    public synchronized void add(Figure figure) {
        figures.add(figure);
    }

    public synchronized List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** Columns padded to their widest cell, for the terminal. */
    public String text() {
        List<List<String>> rows = rows();
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                // numbers right-aligned, words left-aligned
                out.append(i == 2 ? pad(cell, widths[i], true) : pad(cell, widths[i], false));
                out.append(i < row.size() - 1 ? "  " : "");
            }
            out.append(System.lineSeparator());
            if (r == 0) {
                for (int i = 0; i < widths.length; i++) {
                    out.append("-".repeat(widths[i])).append(i < widths.length - 1 ? "  " : "");
                }
                out.append(System.lineSeparator());
            }
        }
        return out.toString().stripTrailing() + System.lineSeparator();
    }

    public String markdown() {
        List<List<String>> rows = rows();
        StringBuilder out = new StringBuilder();
        out.append(markdownRow(rows.get(0))).append('\n');
        out.append("|---|---|---:|---|---|---|\n");
        rows.subList(1, rows.size()).forEach(row -> out.append(markdownRow(row)).append('\n'));
        return out.toString();
    }

    /** One CSV line per figure, raw values (no thousands separators), RFC 4180 quoting. */
    public List<String> csvLines(String runId, String mode) {
        List<String> lines = new ArrayList<>();
        lines.add(CSV_HEADER);
        for (Figure figure : figures()) {
            lines.add(String.join(",", csv(runId), csv(mode), csv(figure.section()), csv(figure.name()),
                    Double.isNaN(figure.value()) ? "" : String.format(Locale.ROOT, "%.3f", figure.value()),
                    csv(figure.unit()), csv(figure.target() == null ? "" : figure.target()), csv(figure.verdict())));
        }
        return lines;
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        Function<String, String> orEmpty = text -> text == null ? "" : text;
        for (Figure figure : figures()) {
            rows.add(List.of(figure.section(), figure.name(), figure.formattedValue(), figure.unit(),
                    orEmpty.apply(figure.target()), figure.verdict()));
        }
        return rows;
    }

    private static String markdownRow(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(cell -> cell.replace("|", "\\|")).toList()) + " |";
    }

    private static String csv(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    private static String pad(String cell, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - cell.length()));
        return right ? spaces + cell : cell + spaces;
    }
}
