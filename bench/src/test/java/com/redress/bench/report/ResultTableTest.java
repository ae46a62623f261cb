package com.redress.bench.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultTableTest {

    private final ResultTable table = new ResultTable();

    @Test
    void shouldWriteOneCsvLinePerFigureWithRawValuesAndQuotedCells() {
        // Given a rate with a target and a latency without one
        table.add(Figure.of("2 throughput", "step 1,000/s: achieved", 998.25, "complaints/s")
                .against(">= 95% of 1,000/s", true));
        table.add(Figure.of("3 latency", "p99", 412, "ms"));

        // When written as CSV
        List<String> lines = table.csvLines("20261125-000000", "quick");

        // Then the header comes first, values carry no thousands separators and commas are quoted
        assertThat(lines).containsExactly(ResultTable.CSV_HEADER,
                "20261125-000000,quick,2 throughput,\"step 1,000/s: achieved\",998.250,complaints/s,"
                        + "\">= 95% of 1,000/s\",met",
                "20261125-000000,quick,3 latency,p99,412.000,ms,,");
    }

    @Test
    void shouldRenderAMarkdownTableWithAVerdictPerTarget() {
        // Given a missed target and a figure that could not be measured
        table.add(Figure.of("4 deadlines", "breaches missed", 3, "count").against("0", false));
        table.add(Figure.of("4 deadlines", "lateness p99", Double.NaN, "ms"));

        // When rendered as Markdown
        String markdown = table.markdown();

        // Then each figure is a row, the miss is flagged and the unmeasured value says so
        assertThat(markdown.lines()).containsExactly(
                "| section | figure | value | unit | target | verdict |",
                "|---|---|---:|---|---|---|",
                "| 4 deadlines | breaches missed | 3 | count | 0 | MISSED |",
                "| 4 deadlines | lateness p99 | n/a | ms |  |  |");
    }

    @Test
    void shouldAlignTheConsoleTableOnItsWidestCells() {
        // Given two figures of different widths
        table.add(Figure.of("1 raw Kafka", "produce only", 123456.7, "records/s"));
        table.add(Figure.of("4 deadlines", "restart: kill -> healthy", 12.34, "s"));

        // When rendered for the terminal
        List<String> lines = table.text().lines().toList();

        // Then values are right-aligned in one column and fractional units keep one decimal
        assertThat(lines).hasSize(4);
        int valueEnd = lines.get(2).indexOf("123,457") + "123,457".length();
        assertThat(lines.get(3).indexOf("12.3") + "12.3".length()).isEqualTo(valueEnd);
    }
}
