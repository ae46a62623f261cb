package com.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void shouldKeepOnlyTheLastLines() throws IOException {
        Path log = Files.writeString(dir.resolve("a.log"), "one\ntwo\nthree\nfour\n");

        assertThat(LogTail.of(log, 2)).isEqualTo("three" + System.lineSeparator() + "four");
    }

    @Test
    void shouldSayWhenThereIsNoLog() {
        assertThat(LogTail.of(dir.resolve("missing.log"), 5)).startsWith("(no log written to");
    }

    @Test
    void shouldIgnoreWhatEarlierRunsWroteBeforeTheOffset() throws IOException {
        // Given a log appended to by two runs, the first of which lost its port
        String firstRun = "Port 8081 seems to be in use by another process\n";
        Path log = Files.writeString(dir.resolve("b.log"), firstRun + "Invalid or corrupt jarfile\n");

        // When / Then
        assertThat(LogTail.contains(log, firstRun.length(), "seems to be in use")).isFalse();
        assertThat(LogTail.contains(log, 0, "seems to be in use")).isTrue();
    }
}
