package com.redress.bench.fault;

import java.util.ArrayList;
import java.util.List;

/** The fault suite's table: one row per fault with its accounts. */
final class FaultTable {

    static final List<String> COLUMNS = List.of("fault", "accepted", "registered", "graded", "breaches due",
            "breaches emitted", "messages expected", "messages sent", "duplicates", "same Message-ID again", "lost");

    private record Row(String fault, FaultOutcome outcome) {

        List<String> cells() {
            return List.of(fault, count(outcome.accepted()), count(outcome.registered()),
                    count(outcome.graded()), count(outcome.breachesDue()), count(outcome.breachesEmitted()),
                    count(outcome.messagesExpected()), count(outcome.messagesSent()), count(outcome.duplicated()),
                    count(outcome.sameMessageIdAgain()), count(outcome.lost()));
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String fault, FaultOutcome outcome) {
        rows.add(new Row(fault, outcome));
    }

    /** Whether no fault lost or duplicated anything. */
    boolean clean() {
        return rows.stream().allMatch(row -> row.outcome().lost() == 0 && row.outcome().duplicated() == 0);
    }

    /** The table in Markdown. */
    String text() {
        StringBuilder text = new StringBuilder("| " + String.join(" | ", COLUMNS) + " |\n|---");
        text.append("|---:".repeat(COLUMNS.size() - 1)).append("|\n");
        rows.forEach(row -> text.append("| ").append(String.join(" | ", row.cells())).append(" |\n"));
        return text.toString();
    }

    /** The table as CSV, with a header line. */
    String csv() {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        rows.forEach(row -> csv.append(String.join(",", row.cells().stream()
                .map(cell -> cell.replace(",", "")).toList())).append('\n'));
        return csv.toString();
    }

    private static String count(long value) {
        return String.format("%,d", value);
    }
}
