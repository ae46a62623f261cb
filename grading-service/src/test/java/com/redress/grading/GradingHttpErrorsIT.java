package com.redress.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.redress.testkit.WithLocalKafkaStack;
import com.redress.testkit.http.ContainerErrors;
import com.redress.testkit.http.RawHttp;

/**
 * grading-service serves only the actuator: every refusal, from Tomcat's to Spring MVC's, is problem+json that echoes
 * nothing of the request, and nothing under {@code /api/} is open; asked byte for byte on the real server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.streams.application-id=grading-service-http-it",
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/redress-it/grading-service-${random.uuid}"})
@WithLocalKafkaStack
class GradingHttpErrorsIT {

    @LocalServerPort
    int port;

    @Test
    void shouldAnswerEveryContainerErrorInProblemJsonWithoutEchoingTheRequest() {
        assertThat(ContainerErrors.misanswered(RawHttp.localhost(port), "127.0.0.1", port, "/actuator/health",
                List.of("GET"))).isEmpty();
    }

    @Test
    void shouldRefuseEverythingUnderApiAndLeaveHealthAndPrometheusOpen() {
        RawHttp http = RawHttp.localhost(port);

        RawHttp.Answer api = http.send("GET", "/api/" + ContainerErrors.MARKER);
        RawHttp.Answer withAKey = http.send("POST", "/api/v1/grades", "X-Api-Key: " + ContainerErrors.MARKER);
        RawHttp.Answer env = http.send("GET", "/actuator/env");

        assertThat(ContainerErrors.wrongWith("GET under /api/", 403, api)).isEmpty();
        assertThat(ContainerErrors.wrongWith("POST under /api/ with a key", 403, withAKey)).isEmpty();
        assertThat(ContainerErrors.wrongWith("a closed actuator endpoint", 404, env)).isEmpty();
        assertThat(ContainerErrors.wrongWith("a health component nobody has", 404,
                http.send("GET", "/actuator/health/" + ContainerErrors.MARKER))).isEmpty();
        assertThat(ContainerErrors.wrongWith("metrics as something Prometheus does not write", 406,
                http.send("GET", "/actuator/prometheus", "Accept: image/" + ContainerErrors.MARKER))).isEmpty();
        assertThat(http.send("GET", "/actuator/prometheus").status()).isEqualTo(200);
        assertThat(http.send("GET", "/actuator/health/liveness").status()).isEqualTo(200);
    }
}
