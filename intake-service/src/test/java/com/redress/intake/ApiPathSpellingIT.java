package com.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.redress.testkit.WithLocalKafkaStack;
import com.redress.testkit.http.ContainerErrors;
import com.redress.testkit.http.RawHttp;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every endpoint of the REST API asked for under many spellings of its path, on the real server: percent-encoded
 * letters, {@code ;} parameters on each segment, doubled slashes, dot segments, encoded slashes, dots, backslashes and
 * nul, upper case, a trailing slash. Without a key, with one no client owns, or with a valid key whose scopes do not
 * include the endpoint's, no spelling reaches a controller: the answer is the firewall's 400, 401, 403, or a 404 / 405
 * of no route. With a valid key the canonical
 * path answers, and the size limit holds whatever the spelling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        IntakeIT.API_KEY_PROPERTY, IntakeIT.SCOPES_PROPERTY, IntakeIT.ACTIVE_KEY_PROPERTY, IntakeIT.CONTACT_KEY_PROPERTY,
        IntakeIT.PSEUDONYM_KEY_PROPERTY, IntakeIT.CASE_ID_KEY_PROPERTY, IntakeIT.ACTIVE_CASE_ID_KEY_PROPERTY,
        IntakeIT.STATE_DIR_PROPERTY,
        "redress.intake.api.api-key-sha256.case-handler=" + ApiPathSpellingIT.HANDLER_KEY_SHA256,
        "redress.intake.api.scopes.case-handler=update",
        // no scopes configured: it submits complaints and reads the cases it submitted
        "redress.intake.api.api-key-sha256.web-banking=" + ApiPathSpellingIT.SUBMITTER_KEY_SHA256})
@WithLocalKafkaStack
class ApiPathSpellingIT {

    private static final List<UnaryOperator<String>> SPELLINGS = List.of(
            path -> path.replaceFirst("^/api", "/%61pi"),
            path -> path.replaceFirst("^/api", "/a%70i"),
            path -> path.replaceFirst("^/api", "/ap%69"),
            path -> path.replaceFirst("^/api", "/%61%70%69"),
            path -> path.replaceFirst("^/api", "/%41%50%49"),
            path -> path.replaceFirst("^/api", "/api;x=1"),
            path -> path.replaceFirst("^/api", "/api;"),
            path -> path.replaceFirst("/v1", "/v1;x=1"),
            path -> path.replaceFirst("/complaints", "/complaints;jsessionid=1"),
            path -> path + ";x=1",
            path -> "/" + path,
            path -> path.replaceFirst("^/api", "/api/"),
            path -> path.replaceFirst("/complaints", "//complaints"),
            path -> "/." + path,
            path -> path.replaceFirst("^/api", "/api/."),
            path -> path.replaceFirst("/v1", "/v1/."),
            path -> path.replaceFirst("^/api", "/api/../api"),
            path -> "/x/.." + path,
            path -> path.replaceFirst("/v1", "/v1/%2e"),
            path -> path.replaceFirst("/v1", "/v1/%2e%2e/v1"),
            path -> path.replaceFirst("/v1", "/v1/%252e"),
            path -> path.replaceFirst("^/api/", "/api%2F"),
            path -> path.replaceFirst("^/api/", "/api%2f"),
            path -> path.replaceFirst("^/api/", "/api%5C"),
            path -> "/api\\" + path.substring("/api/".length()),
            path -> path + "%00",
            path -> path.replaceFirst("^/api", "/api%00"),
            path -> path + "/",
            path -> path.toUpperCase(),
            path -> path.replaceFirst("^/api", "/API"),
            path -> path.replaceFirst("/complaints", "/Complaints"),
            path -> path + "/.",
            path -> path.replaceFirst("/v1", "/v1/..;/v1"),
            path -> path.replaceFirst("^/api", "/%2561pi"));

    static final String HANDLER_KEY = "case-handler-it-key";
    static final String HANDLER_KEY_SHA256 = "92a13abf529f0cf2e7443483261df993a64f4b2d681a82cf3bed041218a67e0f";
    static final String SUBMITTER_KEY = "submitter-it-key";
    static final String SUBMITTER_KEY_SHA256 = "19ffa64c8f8949c2b326fe97a99cd0e441096487bf9fbd8539083912342c635d";

    private static final Pattern CASE_ID = Pattern.compile("\"caseId\":\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    private String caseId;

    @BeforeEach
    void registerACase() {
        // the REST door answers 503 until the registered-cases view has loaded
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Answer answer = send("POST", "/api/v1/complaints", IntakeIT.API_KEY, complaint());
            assertThat(answer.status()).isIn(200, 201);
            Matcher found = CASE_ID.matcher(answer.body());
            assertThat(found.find()).isTrue();
            caseId = found.group(1);
        });
        // and the case view until its partitions are assigned
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                send("GET", "/api/v1/complaints/" + caseId, IntakeIT.API_KEY, null).status()).isEqualTo(200));
    }

    @Test
    void shouldReachNoControllerWithoutAValidKeyWhateverThePathsSpelling() throws IOException {
        List<String> reached = new ArrayList<>();
        int asked = 0;
        for (Endpoint endpoint : endpoints()) {
            for (UnaryOperator<String> spelling : SPELLINGS) {
                String path = spelling.apply(endpoint.path());
                for (String key : new String[] {null, "not-a-channel-systems-key", endpoint.keyWithoutItsScope()}) {
                    Answer answer = send(endpoint.method(), path, key, endpoint.body());
                    asked++;
                    if (!List.of(400, 401, 403, 404, 405).contains(answer.status())) {
                        reached.add(endpoint.method() + " " + path + " (" + (key == null ? "no key" : key) + ") -> "
                                + answer.status());
                    }
                }
            }
        }

        assertThat(asked).isGreaterThanOrEqualTo(3 * 30 * 3);
        assertThat(reached).isEmpty();
    }

    @Test
    void shouldAnswerWithoutAKeyAs401ProblemAndARejectedSpellingAs400Problem() throws IOException {
        Answer missingKey = send("GET", "/%61pi/v1/complaints/" + caseId, null, null);
        Answer semicolon = send("GET", "/api;x=1/v1/complaints/" + caseId, IntakeIT.API_KEY, null);

        assertThat(missingKey.status()).isEqualTo(401);
        assertThat(missingKey.contentType()).startsWith("application/problem+json");
        assertThat(missingKey.body()).contains("/problems/missing-api-key");
        assertThat(semicolon.status()).isEqualTo(400);
        assertThat(semicolon.contentType()).startsWith("application/problem+json");
        assertThat(semicolon.body()).doesNotContain("x=1").doesNotContain(caseId);
    }

    @Test
    void shouldServeTheCanonicalPathsWithAValidKeyAndHoldTheSizeLimitUnderAnySpelling() throws IOException {
        assertThat(send("GET", "/api/v1/complaints/" + caseId, IntakeIT.API_KEY, null).status()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/complaints/" + caseId + "/updates", IntakeIT.API_KEY,
                "{\"updateType\": \"ACKNOWLEDGED\", \"actor\": \"E10023871\"}").status()).isEqualTo(202);

        String oversized = "{\"text\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        assertThat(send("POST", "/%61pi/v1/complaints", IntakeIT.API_KEY, oversized).status()).isEqualTo(413);
        assertThat(send("POST", "/api/v1/complaints", IntakeIT.API_KEY, oversized).status()).isEqualTo(413);
    }

    @Test
    void shouldAnswerAKeyWithoutTheEndpointsScopeAs403AndAnotherSubmittersCaseAsUnknown() throws IOException {
        Answer handlerSubmits = send("POST", "/api/v1/complaints", HANDLER_KEY, complaint());
        Answer submitterUpdates = send("POST", "/api/v1/complaints/" + caseId + "/updates", SUBMITTER_KEY,
                "{\"updateType\": \"CLOSED\", \"actor\": \"E10023871\"}");
        Answer submitterReadsAnothersCase = send("GET", "/api/v1/complaints/" + caseId, SUBMITTER_KEY, null);

        assertThat(handlerSubmits.status()).isEqualTo(403);
        assertThat(handlerSubmits.body()).contains("/problems/access-denied");
        assertThat(submitterUpdates.status()).isEqualTo(403);
        // indistinguishable from a case id nobody registered, so ids in use cannot be probed
        assertThat(submitterReadsAnothersCase.status()).isEqualTo(404);
        assertThat(submitterReadsAnothersCase.body()).contains("/problems/unknown-case");

        Matcher own = CASE_ID.matcher(send("POST", "/api/v1/complaints", SUBMITTER_KEY, complaint()).body());
        assertThat(own.find()).isTrue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(send("GET", "/api/v1/complaints/" + own.group(1), SUBMITTER_KEY, null).status())
                        .isEqualTo(200));
    }

    @Test
    void shouldAnswerEveryContainerErrorInProblemJsonWithoutEchoingTheRequest() {
        // Tomcat's refusals, the firewall's, TRACE, unknown methods and paths, the error page asked for directly
        assertThat(ContainerErrors.misanswered(RawHttp.localhost(port), "127.0.0.1", port,
                "/api/v1/complaints/" + caseId, List.of("GET"))).isEmpty();
    }

    @Test
    void shouldAnswerTraceUnacceptableAndNonUtf8RequestsOfTheApiInProblemJson() {
        RawHttp http = RawHttp.localhost(port);
        String marker = ContainerErrors.MARKER;

        RawHttp.Answer trace = http.send("TRACE", "/api/v1/complaints", "X-Api-Key: " + IntakeIT.API_KEY);
        RawHttp.Answer csv = http.send("GET", "/api/v1/complaints/" + caseId, "X-Api-Key: " + IntakeIT.API_KEY,
                "Accept: text/" + marker);
        RawHttp.Answer latin1 = http.send("POST", "/api/v1/complaints", List.of("X-Api-Key: " + IntakeIT.API_KEY,
                "Content-Type: application/json; charset=latin1"),
                complaint().replace("\"text\"", "\"" + marker + "\"").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(ContainerErrors.wrongWith("TRACE", 405, trace)).isEmpty();
        assertThat(trace.header("Allow")).isEqualTo("POST");
        assertThat(trace.raw()).doesNotContain(IntakeIT.API_KEY);
        assertThat(ContainerErrors.wrongWith("Accept text/*", 406, csv)).isEmpty();
        assertThat(ContainerErrors.wrongWith("charset=latin1", 415, latin1)).isEmpty();
        assertThat(latin1.body()).contains("UTF-8");
    }

    private List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST", "/api/v1/complaints", complaint(), HANDLER_KEY),
                new Endpoint("GET", "/api/v1/complaints/" + caseId, null, HANDLER_KEY),
                new Endpoint("POST", "/api/v1/complaints/" + caseId + "/updates",
                        "{\"updateType\": \"CLOSED\", \"actor\": \"E10023871\"}", SUBMITTER_KEY));
    }

    private static String complaint() {
        return """
                {"channel": "wechat", "channelMessageId": "%s", "receivedAt": "2026-11-24T09:15:00+08:00",
                 "zone": "Asia/Shanghai", "customerReference": "CUST-208817", "phone": "+86 139 0000 5678",
                 "text": "手机银行APP从早上九点开始一直登录不了"}
                """.formatted("spelling-" + UUID.randomUUID());
    }

    /** One request written byte for byte, so that no client library normalises the path first. */
    private Answer send(String method, String path, String apiKey, String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Connection: close\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ").append(content.length).append("\r\n");
        if (apiKey != null) {
            head.append("X-Api-Key: ").append(apiKey).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(content);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before taking all of an oversized body
            }
            return Answer.parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (IOException e) {
            // a reset after the answer was written: what was read is the answer
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** An endpoint, and a valid key whose scopes do not include this endpoint's. */
    private record Endpoint(String method, String path, String body, String keyWithoutItsScope) {
    }

    private record Answer(int status, String contentType, String body) {

        static Answer parse(String response) {
            String[] statusLine = response.substring(0, response.indexOf("\r\n")).split(" ");
            String contentType = response.lines().takeWhile(line -> !line.isEmpty())
                    .filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).strip()).findFirst().orElse("");
            int bodyStart = response.indexOf("\r\n\r\n");
            return new Answer(Integer.parseInt(statusLine[1]), contentType,
                    bodyStart < 0 ? "" : response.substring(bodyStart + 4));
        }
    }
}
