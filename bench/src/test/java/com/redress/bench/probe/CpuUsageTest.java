package com.redress.bench.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CpuUsageTest {

    @Test
    void shouldTellABusyProcessFromOneThatWaits() throws Exception {
        // Given this process, about to compute, and a child process that only sleeps
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            Map<String, ProcessHandle> processes = new LinkedHashMap<>();
            processes.put("busy", ProcessHandle.current());
            processes.put("sleeping", sleeper.toHandle());
            CpuUsage usage = new CpuUsage(processes);

            // When this process computes for a while
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
            double sink = 0;
            while (System.nanoTime() < deadline) {
                sink += Math.sqrt(sink + 1);
            }
            Map<String, Double> cores = usage.coresUsed();

            // Then the busy process used a share of a core (however loaded the machine) and the sleeping one next to none
            assertThat(sink).isPositive();
            assertThat(cores).containsOnlyKeys("busy", "sleeping");
            assertThat(cores.get("busy")).isGreaterThan(0.05);
            assertThat(cores.get("sleeping")).isLessThan(cores.get("busy") / 5);
        } finally {
            sleeper.destroyForcibly();
        }
    }
}
