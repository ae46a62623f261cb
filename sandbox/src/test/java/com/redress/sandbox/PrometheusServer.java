package com.redress.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.redress.testkit.PortRequest;

/** Debian's Prometheus run with the project's scrape configuration, pointed at the given targets, for queries. */
final class PrometheusServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final URI baseUri;
    private final HttpClient http = HttpClient.newHttpClient();

    private PrometheusServer(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    /** Copies deploy/prometheus into {@code workDirectory} with a targets file for {@code targets} and starts it. */
    static PrometheusServer start(Path prometheusConfigDir, List<String> targets, Path workDirectory)
            throws IOException, InterruptedException {
        Path config = Files.createDirectories(workDirectory.resolve("config"));
        for (String file : List.of("prometheus.yml", "alerts.yml")) {
            Files.copy(prometheusConfigDir.resolve(file), config.resolve(file));
        }
        Path targetsDir = Files.createDirectories(config.resolve("targets"));
        Files.writeString(targetsDir.resolve("sandbox.json"), "[{\"targets\": ["
                + targets.stream().map(target -> "\"" + target + "\"").collect(Collectors.joining(", "))
                + "], \"labels\": {\"deployment\": \"sandbox\"}}]");
        int port = PortRequest.anyFree().resolve("Prometheus");
        Process process = new ProcessBuilder("prometheus", "--config.file=" + config.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + workDirectory.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("prometheus.log").toFile())
                .start();
        PrometheusServer server = new PrometheusServer(process, URI.create("http://127.0.0.1:" + port));
        server.awaitReady();
        return server;
    }

    /** The {@code data} of an instant query; throws with Prometheus' error when the expression does not parse. */
    JsonNode query(String expression) throws IOException, InterruptedException {
        URI uri = baseUri.resolve("/api/v1/query?query=" + URLEncoder.encode(expression, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        if (!"success".equals(body.path("status").asString())) {
            throw new IllegalArgumentException("Prometheus rejected '" + expression + "': "
                    + body.path("errorType").asString() + ": " + body.path("error").asString());
        }
        return body.path("data");
    }

    private void awaitReady() throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prometheus exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(baseUri.resolve("/-/ready"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Prometheus did not become ready at " + baseUri);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
