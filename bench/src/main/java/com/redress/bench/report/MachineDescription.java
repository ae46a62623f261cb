package com.redress.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The machine a run took its figures on: CPU, cores, memory, JDK, OS and how busy it was when the run began. */
public record MachineDescription(String cpu, int cores, long memoryMegabytes, String jdk, String os,
        String loadAverage) {

    public static MachineDescription current() {
        Runtime runtime = Runtime.getRuntime();
        return new MachineDescription(
                firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")),
                runtime.availableProcessors(),
                firstValue(Path.of("/proc/meminfo"), "MemTotal")
                        .map(value -> Long.parseLong(value.replaceAll("[^0-9]", "")) / 1024)
                        .orElse(-1L),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                readFirstLine(Path.of("/proc/loadavg")).map(line -> String.join(" ",
                        List.of(line.split(" ")).subList(0, 3))).orElse("unknown"));
    }

    /** One line for the log and the docs. */
    public String summary() {
        return String.format(Locale.ROOT, "%s, %d cores, %,d MB memory, %s, %s; load average at start %s", cpu, cores,
                memoryMegabytes, jdk, os, loadAverage);
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> readFirstLine(Path file) {
        try {
            return Files.readAllLines(file).stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
