package com.redress.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays the channel systems' REST side and the case handlers: posts complaints to intake's API and walks some of the
 * cases it registers through acknowledged, resolved and closed, as a case-handling system would.
 */
final class CaseHandlerSimulator {

    private static final Logger log = LoggerFactory.getLogger(CaseHandlerSimulator.class);
    /** The sandbox profile's public demonstration key of the channel simulator. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI intake;
    private final ScheduledExecutorService scheduler;
    private final Duration handlingStep;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    CaseHandlerSimulator(URI intake, ScheduledExecutorService scheduler, Duration handlingStep) {
        this.intake = intake;
        this.scheduler = scheduler;
        this.handlingStep = handlingStep;
    }

    /** Posts the complaint; returns the case id when intake registered a new case. */
    Optional<String> submit(DemoComplaint complaint, String channelMessageId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", complaint.channel());
        body.put("channelMessageId", channelMessageId);
        body.put("receivedAt", Instant.now().toString());
        body.put("zone", complaint.zone());
        body.put("customerReference", complaint.customerReference());
        body.put("phone", complaint.phone());
        body.put("email", complaint.email());
        body.put("language", complaint.language());
        body.put("segment", complaint.segment());
        body.put("product", complaint.product());
        body.put("amount", complaint.amount());
        body.put("text", complaint.text());
        body.put("codes", complaint.codes() == null ? Map.of() : complaint.codes());
        HttpResponse<String> response = post(intake.resolve("/api/v1/complaints"), DemoApiKeys.CHANNEL, body);
        if (response == null) {
            return Optional.empty();
        }
        if (response.statusCode() == 201) {
            return Optional.of(JSON.readTree(response.body()).path("caseId").asString());
        }
        if (response.statusCode() != 200) {
            log.warn("Intake answered {} to a demo complaint: {}", response.statusCode(), response.body());
        }
        return Optional.empty();
    }

    /** Acknowledges the case, resolves it and closes it, one handling step apart. */
    void handle(String caseId, DemoComplaint complaint) {
        boolean chinese = complaint.language().startsWith("zh");
        scheduler.schedule(() -> update(caseId, Map.of("updateType", "ACKNOWLEDGED", "actor", "E10023871",
                "note", chinese ? "已受理，正在核查" : "Received and under investigation")),
                handlingStep.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.schedule(() -> update(caseId, Map.of("updateType", "RESOLVED", "actor", "E10023871",
                "note", chinese ? "已电话告知客户处理结果" : "Outcome explained to the customer by phone",
                "resolution", Map.of("outcome", "UPHELD",
                        "remedy", chinese ? "退还相关款项并致歉" : "Refund of the amount and an apology",
                        "responsibleParty", chinese ? "本行" : "the bank",
                        "nextSteps", chinese ? "如不满意，可向金融监管总局反映" : "If you are not satisfied you may refer "
                                + "the complaint to the ombudsman",
                        "regulatorRecourseNotified", true))),
                3 * handlingStep.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.schedule(() -> update(caseId, Map.of("updateType", "CLOSED", "actor", "E10023871")),
                4 * handlingStep.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void update(String caseId, Map<String, Object> body) {
        Map<String, Object> withTime = new LinkedHashMap<>(body);
        withTime.put("occurredAt", Instant.now().toString());
        HttpResponse<String> response = post(intake.resolve("/api/v1/complaints/" + caseId + "/updates"),
                DemoApiKeys.CASE_HANDLER, withTime);
        if (response != null && response.statusCode() != 202) {
            log.warn("Intake answered {} to a demo {} update: {}", response.statusCode(), body.get("updateType"),
                    response.body());
        }
    }

    private HttpResponse<String> post(URI uri, DemoApiKeys client, Map<String, Object> body) {
        try {
            return http.send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("X-Api-Key", client.key())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            log.warn("Demo request to {} failed: {}", uri.getPath(), e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
