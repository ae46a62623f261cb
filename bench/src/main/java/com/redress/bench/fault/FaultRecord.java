package com.redress.bench.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.redress.bench.report.MachineDescription;

/** Keeps a run's table as CSV under {@code bench/results/} and appends it to {@code docs/reliability.md}. */
final class FaultRecord {

    private final Path repositoryRoot;

    FaultRecord(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot;
    }

    Path writeCsv(String runId, FaultTable table) throws IOException {
        Path csv = repositoryRoot.resolve("bench/results/faults-" + runId + ".csv");
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, table.csv(), StandardCharsets.UTF_8);
        return csv;
    }

    Path appendToDocs(String runId, MachineDescription machine, FaultSuiteOptions options, FaultTable table,
            Path csv) throws IOException {
        Path docs = repositoryRoot.resolve("docs/reliability.md");
        String section = "\n### Run " + runId + "\n\n"
                + "Machine: " + machine.summary() + ".\n"
                + "Load: " + options.rate() + " complaints/s over Kafka and REST in turn, " + options.load().toSeconds()
                + " s per fault (outages: from " + options.faultAfter().toSeconds() + " s before until "
                + FaultSuiteOptions.AFTER_OUTAGE.toSeconds() + " s after), "
                + "fault after " + options.faultAfter().toSeconds() + " s. Raw figures: `"
                + repositoryRoot.relativize(csv) + "`.\n\n"
                + table.text();
        Files.writeString(docs, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return docs;
    }
}
