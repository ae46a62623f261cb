package com.redress.testkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Ends a process together with every process it started, politely first and forcibly if it lingers. */
final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * Asks the process and all its descendants to terminate, waits up to {@code grace} for each,
     * then kills whatever is still alive and waits for that too.
     */
    static void destroy(ProcessHandle root, Duration grace) {
        // Collected before the root goes: once it dies its children are re-parented and untraceable.
        List<ProcessHandle> family = root.descendants().toList();
        family.forEach(ProcessHandle::destroy);
        root.destroy();
        awaitOrKill(root, grace);
        family.forEach(process -> awaitOrKill(process, grace));
    }

    private static void awaitOrKill(ProcessHandle process, Duration grace) {
        if (!awaitExit(process, grace)) {
            process.destroyForcibly();
            awaitExit(process, grace);
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
