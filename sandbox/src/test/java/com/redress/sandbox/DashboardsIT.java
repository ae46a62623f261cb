package com.redress.sandbox;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.redress.testkit.ExternalTools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every Grafana panel and every alert rule, evaluated by a real Prometheus scraping the sandbox under demo traffic: each
 * expression parses, and each panel returns data. A panel that shows nothing is a broken panel.
 */
class DashboardsIT {

    private static final Path ROOT = SandboxOptions.findRepositoryRoot(Path.of(""));
    private static final Duration DATA_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    static Path workDirectory;

    private static Sandbox sandbox;
    private static PrometheusServer prometheus;

    @BeforeAll
    static void startSandboxAndPrometheus() throws Exception {
        ExternalTools.assumeAvailable("Evaluating the dashboards", ExternalTools.missingFromPath("prometheus"),
                "Debian package prometheus");
        sandbox = Sandbox.start(new SandboxOptions(ROOT, false, Duration.ofMillis(100)));
        List<String> targets = sandbox.services().stream().map(service -> "127.0.0.1:" + service.port()).toList();
        prometheus = PrometheusServer.start(ROOT.resolve("deploy/prometheus"), targets, workDirectory);
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void shouldReturnDataForEveryPanelOfEveryDashboard() throws Exception {
        Map<String, String> panels = dashboardPanels();
        assertThat(panels).isNotEmpty();

        await().atMost(DATA_TIMEOUT).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
            List<String> empty = new ArrayList<>();
            for (Map.Entry<String, String> panel : panels.entrySet()) {
                if (prometheus.query(panel.getValue()).path("result").isEmpty()) {
                    empty.add(panel.getKey() + ": " + panel.getValue());
                }
            }
            assertThat(empty).as("panels without data").isEmpty();
        });
    }

    @Test
    void shouldParseEveryAlertExpression() throws Exception {
        Map<String, String> alerts = alertExpressions();
        assertThat(alerts).isNotEmpty();

        for (Map.Entry<String, String> alert : alerts.entrySet()) {
            JsonNode data = prometheus.query(alert.getValue());
            assertThat(data.path("resultType").asString()).as(alert.getKey()).isNotEmpty();
        }
    }

    /** Panel title (with its dashboard) → PromQL, for every target of every dashboard. */
    private static Map<String, String> dashboardPanels() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> panels = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("deploy/grafana/dashboards"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                JsonNode dashboard = json.readTree(file.toFile());
                for (JsonNode panel : dashboard.path("panels")) {
                    for (JsonNode target : panel.path("targets")) {
                        panels.put(dashboard.path("title").asString() + " / " + panel.path("title").asString()
                                + " / " + target.path("refId").asString(), target.path("expr").asString());
                    }
                }
            }
        }
        return panels;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> alertExpressions() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("deploy/prometheus/alerts.yml"),
                StandardCharsets.UTF_8)) {
            Map<String, Object> file = new Yaml().load(reader);
            Map<String, String> alerts = new LinkedHashMap<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    alerts.put((String) rule.get("alert"), (String) rule.get("expr"));
                }
            }
            return alerts;
        }
    }
}
