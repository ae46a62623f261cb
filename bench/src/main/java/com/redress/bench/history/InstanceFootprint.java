package com.redress.bench.history;

import java.nio.file.Path;
import java.util.OptionalLong;

import com.redress.bench.probe.DirectorySize;
import com.redress.bench.probe.HeapAfterGc;
import com.redress.bench.probe.ServiceMemory;
import com.redress.testkit.suite.ServiceProcess;

/**
 * What one instance of a service needed with the history on the topics: how long from its process start until it
 * was healthy and until it served a fresh case, and, once ready, its heap after a full collection, its resident set
 * and the size of its local state directory.
 *
 * @param service         the service's module
 * @param label           which instance, and beside how many others it was measured ("1 alone", "2 of 2")
 * @param healthySeconds  process start to {@code /actuator/health} UP; NaN when never
 * @param readySeconds    process start to serving a fresh case; NaN when not within the time allowed
 * @param settledSeconds  process start to its CPU going quiet (replays, restores, rebalances over), when its memory
 *                        and state were taken; NaN when it did not within the time allowed
 * @param heapBytes       heap used after a full GC; -1 when it could not be measured
 * @param residentBytes   resident set size; -1 when it could not be measured
 * @param stateBytes      bytes under its state directory
 */
public record InstanceFootprint(String service, String label, double healthySeconds, double readySeconds,
        double settledSeconds, long heapBytes, long residentBytes, long stateBytes) {

    /** Measures a running instance's memory and state now, with the times it took to start. */
    public static InstanceFootprint measure(ServiceProcess instance, String service, String label,
            double healthySeconds, double readySeconds, double settledSeconds, Path stateDirectory) {
        long pid = instance.handle().pid();
        OptionalLong heap = instance.handle().isAlive() ? HeapAfterGc.usedBytes(pid) : OptionalLong.empty();
        OptionalLong resident = ServiceMemory.residentBytes(pid);
        return new InstanceFootprint(service, label, healthySeconds, readySeconds, settledSeconds, heap.orElse(-1),
                resident.orElse(-1), DirectorySize.bytes(stateDirectory));
    }

    /** The same times with the memory and state measured again, e.g. once a second instance has joined. */
    public InstanceFootprint remeasured(ServiceProcess instance, String newLabel, Path stateDirectory) {
        return measure(instance, service, newLabel, healthySeconds, readySeconds, settledSeconds, stateDirectory);
    }

    public boolean ready() {
        return !Double.isNaN(readySeconds);
    }
}
