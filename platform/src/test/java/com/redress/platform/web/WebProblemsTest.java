package com.redress.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.redress.testkit.http.ContainerErrors;
import com.redress.testkit.http.RawHttp;

/**
 * The platform's web problems and API-key security on a real Tomcat, asked byte for byte: every error, whether Tomcat,
 * Spring Security's firewall, the error page or Spring MVC raises it, is problem+json that echoes nothing of the
 * request.
 */
@SpringBootTest(classes = WebProblemsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "redress.web.max-request-size=1KB")
class WebProblemsTest {

    private static final String MARKER = ContainerErrors.MARKER;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    private RawHttp http() {
        return RawHttp.localhost(port);
    }

    @Test
    void shouldAnswerEveryContainerErrorInProblemJsonWithoutEchoingTheRequest() {
        assertThat(ContainerErrors.misanswered(http(), "127.0.0.1", port, "/api/things/1", List.of("GET")))
                .isEmpty();
    }

    @Test
    void shouldAnswerTraceOfAnApiPathWithTheMethodsItServes() {
        RawHttp.Answer answer = http().send("TRACE", "/api/things", "X-Api-Key: " + WebProblemsTestApplication.WRITER_KEY);

        assertThat(ContainerErrors.wrongWith("TRACE /api/things", 405, answer)).isEmpty();
        assertThat(answer.header("Allow")).isEqualTo("POST");
        assertThat(answer.raw()).doesNotContain(WebProblemsTestApplication.WRITER_KEY);
    }

    @Test
    void shouldAskForAKeyRefuseAnUnknownOneAndOneWithoutTheScope() {
        RawHttp.Answer noKey = http().send("GET", "/api/things/1");
        RawHttp.Answer unknownKey = http().send("GET", "/api/things/1", "X-Api-Key: guessed-" + MARKER);
        RawHttp.Answer withoutScope = http().send("GET", "/api/things/1",
                "X-Api-Key: " + WebProblemsTestApplication.WRITER_KEY);
        RawHttp.Answer reader = http().send("GET", "/api/things/1", "X-Api-Key: " + WebProblemsTestApplication.READER_KEY);

        assertThat(ContainerErrors.wrongWith("no key", 401, noKey)).isEmpty();
        assertThat(noKey.body()).contains("/problems/missing-api-key");
        assertThat(ContainerErrors.wrongWith("unknown key", 403, unknownKey)).isEmpty();
        assertThat(unknownKey.body()).contains("/problems/invalid-api-key");
        assertThat(ContainerErrors.wrongWith("key without the scope", 403, withoutScope)).isEmpty();
        assertThat(withoutScope.body()).contains("/problems/access-denied");
        assertThat(reader.status()).isEqualTo(200);
        assertThat(reader.body()).contains("\"id\":\"1\"");
    }

    @Test
    void shouldAcceptBothKeysOfAClientDuringARotationAndCountEachByItsFingerprint() {
        http().send("POST", "/api/things", List.of("X-Api-Key: " + WebProblemsTestApplication.WRITER_KEY,
                "Content-Type: application/json"), "{}".getBytes(StandardCharsets.UTF_8));
        RawHttp.Answer newKey = http().send("POST", "/api/things", List.of(
                "X-Api-Key: " + WebProblemsTestApplication.WRITER_NEW_KEY, "Content-Type: application/json"),
                "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(newKey.status()).isEqualTo(200);
        assertThat(authenticated(WebProblemsTestApplication.WRITER_KEY)).isGreaterThanOrEqualTo(1);
        assertThat(authenticated(WebProblemsTestApplication.WRITER_NEW_KEY)).isGreaterThanOrEqualTo(1);
    }

    private double authenticated(String key) {
        Counter counter = meters.find(WebProblemsTestApplication.METER.name()).tag("client", "writer")
                .tag(ApiKeyAuthenticationProvider.TAG_KEY, ApiKeys.hashOf(key).substring(0, 8)).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void shouldRefuseAJsonBodyDeclaredInAnotherCharsetThanUtf8With415NamingUtf8() {
        for (String charset : List.of("latin1", "ISO-8859-1", "windows-1252", "utf-16", MARKER)) {
            RawHttp.Answer answer = http().send("POST", "/api/things", List.of(
                    "X-Api-Key: " + WebProblemsTestApplication.WRITER_KEY,
                    "Content-Type: application/json; charset=" + charset),
                    "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

            assertThat(ContainerErrors.wrongWith("charset=" + charset, 415, answer)).isEmpty();
            assertThat(answer.body()).contains("UTF-8");
        }
        RawHttp.Answer utf8 = http().send("POST", "/api/things", List.of(
                "X-Api-Key: " + WebProblemsTestApplication.WRITER_KEY, "Content-Type: application/json; charset=utf-8"),
                "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.status()).isEqualTo(200);
        assertThat(utf8.body()).contains("caf\u00e9");
    }

    @Test
    void shouldRefuseABodyThatIsNotWellFormedUtf8AndOneOverTheLimit() {
        byte[] overlongSlash = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        RawHttp.Answer malformed = http().send("POST", "/api/things", List.of(
                "X-Api-Key: " + WebProblemsTestApplication.WRITER_KEY, "Content-Type: application/json"), overlongSlash);
        RawHttp.Answer tooLarge = http().send("POST", "/api/things", List.of(
                "X-Api-Key: " + WebProblemsTestApplication.WRITER_KEY, "Content-Type: application/json"),
                ("{\"a\": \"" + MARKER.repeat(200) + "\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(ContainerErrors.wrongWith("ill-formed UTF-8", 400, malformed)).isEmpty();
        assertThat(ContainerErrors.wrongWith("over the size limit", 413, tooLarge)).isEmpty();
    }

    @Test
    void shouldAnswerSpringMvcsOwnErrorsWithoutNamingTheRequest() {
        String reader = "X-Api-Key: " + WebProblemsTestApplication.READER_KEY;
        RawHttp.Answer notAcceptable = http().send("GET", "/api/things/1", reader, "Accept: text/" + MARKER);
        RawHttp.Answer htmlOnly = http().send("GET", "/api/things/1", reader, "Accept: text/html");
        RawHttp.Answer mistyped = http().send("GET", "/api/things/1?copies=" + MARKER, reader);
        RawHttp.Answer wrongMethod = http().send("PUT", "/open", "Content-Type: text/" + MARKER);
        RawHttp.Answer notJson = http().send("POST", "/api/things", List.of(
                "X-Api-Key: " + WebProblemsTestApplication.WRITER_KEY, "Content-Type: text/" + MARKER),
                MARKER.getBytes(StandardCharsets.UTF_8));
        RawHttp.Answer notFound = http().send("GET", "/" + MARKER + "/x");

        assertThat(ContainerErrors.wrongWith("Accept nothing it makes", 406, notAcceptable)).isEmpty();
        assertThat(ContainerErrors.wrongWith("Accept only HTML", 406, htmlOnly)).isEmpty();
        assertThat(ContainerErrors.wrongWith("a mistyped parameter", 400, mistyped)).isEmpty();
        assertThat(mistyped.body()).contains("copies");
        assertThat(ContainerErrors.wrongWith("PUT where only GET is served", 405, wrongMethod)).isEmpty();
        assertThat(wrongMethod.header("Allow")).isEqualTo("GET");
        assertThat(ContainerErrors.wrongWith("not JSON", 415, notJson)).isEmpty();
        assertThat(ContainerErrors.wrongWith("nothing there", 404, notFound)).isEmpty();
    }

    @Test
    void shouldAnswerAnUnexpectedFailureAs500WithoutItsMessage() {
        RawHttp.Answer answer = http().send("GET", "/api/things/broken",
                "X-Api-Key: " + WebProblemsTestApplication.READER_KEY, "Accept: text/html, application/json;q=0.5");

        assertThat(ContainerErrors.wrongWith("a controller that fails", 500, answer)).isEmpty();
        assertThat(answer.body()).doesNotContain("broken").doesNotContain("IllegalStateException");
    }

    @Test
    void shouldGiveAnErrorAnsweredWithoutABodyItsProblemDetail() {
        assertThat(ContainerErrors.wrongWith("a bare 404", 404, http().send("GET", "/open/missing?" + MARKER)))
                .isEmpty();
    }

    @Test
    void shouldLeaveTheOpenPathsOpen() {
        assertThat(http().send("GET", "/open").status()).isEqualTo(200);
    }
}
