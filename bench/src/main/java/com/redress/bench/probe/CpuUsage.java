package com.redress.bench.probe;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.redress.testkit.suite.LocalSuite;
import com.redress.testkit.suite.ServiceProcess;

/**
 * CPU time the suite's processes used over an interval, in cores (CPU seconds per second): each service's JVM, and
 * the benchmark's own JVM, which holds the broker, the schema registry, the SMTP server, the load driver and the
 * topic readers. Their sum against the machine's cores shows whether a rate is limited by the CPU or by waiting.
 */
public final class CpuUsage {

    /** The name the benchmark's own process is reported under. */
    public static final String BENCHMARK_PROCESS = "benchmark (broker, registry, SMTP, driver)";

    private final Map<String, ProcessHandle> processes = new LinkedHashMap<>();
    private final Map<String, Duration> cpuAtStart = new LinkedHashMap<>();
    private final long startNanos;

    CpuUsage(Map<String, ProcessHandle> processes) {
        this.processes.putAll(processes);
        processes.forEach((name, process) -> cpuAtStart.put(name, cpuTime(process)));
        startNanos = System.nanoTime();
    }

    /** Starts measuring the suite's services and the benchmark now. */
    public static CpuUsage from(LocalSuite suite) {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        for (ServiceProcess service : suite.services()) {
            processes.put(service.name(), service.handle());
        }
        processes.put(BENCHMARK_PROCESS, ProcessHandle.current());
        return new CpuUsage(processes);
    }

    /** Cores each process used since the start, in the order services, then the benchmark. */
    public Map<String, Double> coresUsed() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        processes.forEach((name, process) -> cores.put(name,
                cpuTime(process).minus(cpuAtStart.get(name)).toNanos() / 1e9 / seconds));
        return cores;
    }

    private static Duration cpuTime(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
