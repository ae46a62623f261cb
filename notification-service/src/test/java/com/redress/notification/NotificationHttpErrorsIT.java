package com.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.redress.notification.support.NotificationServiceIntegrationTest;
import com.redress.testkit.http.ContainerErrors;
import com.redress.testkit.http.RawHttp;

/**
 * The survey endpoint takes answers without an API key, and every refusal of the service, from Tomcat's to Spring
 * MVC's, is problem+json that echoes nothing of the request: asked byte for byte on the real server.
 */
@NotificationServiceIntegrationTest
class NotificationHttpErrorsIT {

    private static final String SURVEY = "/api/v1/surveys/Y2FzZS0x.c2lnbmF0dXJl";

    @LocalServerPort
    int port;

    @Test
    void shouldAnswerEveryContainerErrorInProblemJsonWithoutEchoingTheRequest() {
        assertThat(ContainerErrors.misanswered(RawHttp.localhost(port), "127.0.0.1", port, SURVEY, List.of("POST")))
                .isEmpty();
    }

    @Test
    void shouldAnswerASurveyAnswerWithoutAKeyAndRefuseWhatIsNotOne() {
        RawHttp http = RawHttp.localhost(port);
        String marker = ContainerErrors.MARKER;

        RawHttp.Answer forged = http.send("POST", "/api/v1/surveys/" + marker + ".c2ln",
                List.of("Content-Type: application/json"), "{\"csat\": 5}".getBytes(StandardCharsets.UTF_8));
        RawHttp.Answer latin1 = http.send("POST", SURVEY, List.of("Content-Type: application/json; charset=latin1"),
                ("{\"comment\": \"" + marker + " tr\u00e8s bien\"}").getBytes(StandardCharsets.ISO_8859_1));
        RawHttp.Answer notJson = http.send("POST", SURVEY, List.of("Content-Type: text/" + marker),
                marker.getBytes(StandardCharsets.UTF_8));
        RawHttp.Answer read = http.send("GET", SURVEY);
        RawHttp.Answer otherPath = http.send("POST", "/api/v1/" + marker, List.of("Content-Type: application/json"),
                "{}".getBytes(StandardCharsets.UTF_8));
        RawHttp.Answer trace = http.send("TRACE", SURVEY, "X-Probe: " + marker);

        // the token, not a key, decides: a forged one is no survey, and nothing asks for a key
        assertThat(ContainerErrors.wrongWith("a forged token", 404, forged)).isEmpty();
        assertThat(ContainerErrors.wrongWith("charset=latin1", 415, latin1)).isEmpty();
        assertThat(latin1.body()).contains("UTF-8");
        assertThat(ContainerErrors.wrongWith("not JSON", 415, notJson)).isEmpty();
        assertThat(ContainerErrors.wrongWith("GET of a survey", 403, read)).isEmpty();
        assertThat(ContainerErrors.wrongWith("another path under /api/", 403, otherPath)).isEmpty();
        assertThat(ContainerErrors.wrongWith("TRACE of a survey", 405, trace)).isEmpty();
        assertThat(trace.header("Allow")).isEqualTo("POST");
    }
}
