package com.redress.bench.report;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What the benchmark and the fault suite share about a run: the services' JVM options and the run's name. */
public final class BenchRuns {

    /** Full JIT (the sandbox's quick-start options cap it) and a heap the SLA figure is held against. */
    public static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC");

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BenchRuns() {
    }

    /** The name of a run, its start in UTC: {@code 20261125-042537}. */
    public static String newRunId() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(RUN_ID);
    }
}
