package com.redress.bench.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap a JVM still uses after a full collection, which is what it holds rather than what it has not yet
 * collected: {@code jcmd <pid> GC.run}, then the {@code used} of each generation or region set in
 * {@code jcmd <pid> GC.heap_info}. Works for any collector that prints {@code ... total NK, used NK} per heap part
 * (Serial, Parallel, G1); metaspace is not heap and is left out.
 */
public final class HeapAfterGc {

    private static final Pattern HEAP_PART = Pattern.compile(
            "^\\s*(?:def new generation|tenured generation|PSYoungGen|ParOldGen|garbage-first heap)\\s+total \\d+K, used (\\d+)K");

    private HeapAfterGc() {
    }

    /** Collects and measures the process's heap, or empty when {@code jcmd} cannot reach it. */
    public static OptionalLong usedBytes(long pid) {
        try {
            if (jcmd(pid, "GC.run") == null) {
                return OptionalLong.empty();
            }
            String info = jcmd(pid, "GC.heap_info");
            return info == null ? OptionalLong.empty() : usedBytes(info);
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** The sum of the heap parts' {@code used} in a {@code GC.heap_info} answer, or empty when it names none. */
    static OptionalLong usedBytes(String heapInfo) {
        long kilobytes = 0;
        boolean found = false;
        for (String line : heapInfo.lines().toList()) {
            Matcher matcher = HEAP_PART.matcher(line);
            if (matcher.find()) {
                kilobytes += Long.parseLong(matcher.group(1));
                found = true;
            }
        }
        return found ? OptionalLong.of(kilobytes * 1024) : OptionalLong.empty();
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(jcmdExecutable(), Long.toString(pid), command))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            return null;
        }
        return output;
    }

    /** The {@code jcmd} beside the running {@code java}, so it speaks to JVMs of the same version. */
    private static String jcmdExecutable() {
        return ProcessHandle.current().info().command()
                .map(java -> Path.of(java).resolveSibling("jcmd"))
                .filter(jcmd -> jcmd.toFile().canExecute())
                .map(Path::toString)
                .orElse("jcmd");
    }
}
