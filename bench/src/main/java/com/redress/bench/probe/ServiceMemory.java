package com.redress.bench.probe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * How much memory a service uses: its heap in use, from its own {@code /actuator/prometheus}
 * ({@code jvm_memory_used_bytes{area="heap"}} summed over the pools), and the resident set of its process, from
 * {@code /proc/<pid>/status} ({@code VmRSS}).
 */
public final class ServiceMemory {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceMemory() {
    }

    /** Heap in use in bytes, or empty when the service does not answer. */
    public static OptionalLong heapUsedBytes(URI baseUri) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(baseUri.resolve("/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(heapUsedBytes(response.body()));
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** The sum of the {@code jvm_memory_used_bytes} samples with {@code area="heap"} in a Prometheus exposition. */
    static long heapUsedBytes(String exposition) {
        return exposition.lines()
                .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Resident set size of a process in bytes, or empty when it is gone or not on Linux. */
    public static OptionalLong residentBytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }
}
