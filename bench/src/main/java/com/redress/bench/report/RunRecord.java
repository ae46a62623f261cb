package com.redress.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Keeps a run: its figures as CSV under {@code bench/results/}, and its table with the machine's description
 * appended to {@code docs/performance.md}.
 */
public final class RunRecord {

    private final Path repositoryRoot;

    public RunRecord(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot;
    }

    /** Writes {@code bench/results/<runId>-<mode>.csv} and returns its path. */
    public Path writeCsv(String runId, String mode, ResultTable table) throws IOException {
        Path directory = repositoryRoot.resolve("bench/results");
        Files.createDirectories(directory);
        Path file = directory.resolve(runId + "-" + mode + ".csv");
        Files.write(file, table.csvLines(runId, mode), StandardCharsets.UTF_8);
        return file;
    }

    /** Appends the run's section to {@code docs/performance.md} and returns its path. */
    public Path appendToDocs(String runId, String mode, MachineDescription machine, List<String> notes,
            ResultTable table, Path csv) throws IOException {
        Path docs = repositoryRoot.resolve("docs/performance.md");
        StringBuilder section = new StringBuilder();
        section.append("\n### Run ").append(runId).append(" (").append(mode).append(")\n\n");
        section.append("Machine: ").append(machine.summary()).append(".\n");
        for (String note : notes) {
            section.append(note).append('\n');
        }
        section.append("Raw figures: `").append(repositoryRoot.relativize(csv)).append("`.\n\n");
        section.append(table.markdown());
        Files.writeString(docs, section.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return docs;
    }
}
