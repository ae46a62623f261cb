package com.redress.bench.probe;

import java.time.Duration;

/**
 * Waits until a process has gone quiet: its CPU time over a window stays under a fraction of a core. A service that
 * answers already may still be replaying, restoring or rebalancing in the background; its memory is taken once that
 * is over, whatever the work was.
 */
public final class QuietProcess {

    /** Below this, over {@link #WINDOW}, a service is idle: polling consumers and timers only. */
    static final double QUIET_CORES = 0.1;
    static final Duration WINDOW = Duration.ofSeconds(10);

    private QuietProcess() {
    }

    /** Waits until {@code process} is quiet; true when it is, false when it exits or {@code timeout} passes. */
    public static boolean await(ProcessHandle process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            Duration before = cpu(process);
            long start = System.nanoTime();
            Thread.sleep(WINDOW.toMillis());
            if (isQuiet(cpu(process).minus(before), Duration.ofNanos(System.nanoTime() - start))) {
                return true;
            }
        }
        return false;
    }

    static boolean isQuiet(Duration cpu, Duration wall) {
        return cpu.toNanos() < QUIET_CORES * wall.toNanos();
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
