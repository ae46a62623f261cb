package com.redress.notification.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.redress.events.survey.SurveyResponse;

/**
 * A survey answer needs no API key (its token is the credential), but a client address may post only so many; nothing
 * else under {@code /api/} is open.
 */
@WebMvcTest(SurveyController.class)
@Import({SurveySecurityConfiguration.class, SurveyApiSecurityTest.Support.class})
@TestPropertySource(properties = {
        // two answers, then one every 1000 s: the third answer of the test is sure to be over the limit
        "redress.notification.survey.rate-limit.requests-per-second=0.001",
        "redress.notification.survey.rate-limit.burst=2"})
class SurveyApiSecurityTest {

    private static final String TOKEN = "Y2FzZS0x.c2lnbmF0dXJl";
    private static final String ANSWER = "{\"csat\": 4, \"nps\": 9}";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private MeterRegistry meters;

    @MockitoBean
    private SurveyRecorder recorder;

    @Test
    void shouldTakeAnAnswerWithoutAnApiKeyAndRefuseTheThirdFromOneAddressWith429() throws Exception {
        when(recorder.record(eq(TOKEN), any())).thenReturn(response());

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/surveys/{token}", TOKEN).contentType(MediaType.APPLICATION_JSON).content(ANSWER)
                            .with(from("203.0.113.7")))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.surveyId").value("survey-1"));
        }
        mvc.perform(post("/api/v1/surveys/{token}", TOKEN).contentType(MediaType.APPLICATION_JSON).content(ANSWER)
                        .with(from("203.0.113.7")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1000"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/rate-limited"));
        // another address is not held up
        mvc.perform(post("/api/v1/surveys/{token}", TOKEN).contentType(MediaType.APPLICATION_JSON).content(ANSWER)
                        .with(from("198.51.100.20")))
                .andExpect(status().isAccepted());

        verify(recorder, times(3)).record(eq(TOKEN), any());
        assertThat(meters.counter(SurveyMetrics.RATE_LIMITED).count()).isEqualTo(1);
    }

    @Test
    void shouldRefuseEverythingElseUnderApi() throws Exception {
        mvc.perform(get("/api/v1/surveys/{token}", TOKEN))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/access-denied"));
        mvc.perform(post("/api/v1/other").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(recorder);
    }

    @Test
    void shouldRefuseAnAnswerDeclaredInLatin1With415() throws Exception {
        mvc.perform(post("/api/v1/surveys/{token}", TOKEN).contentType("application/json; charset=ISO-8859-1")
                        .content("{\"comment\": \"tr\u00e8s bien\"}".getBytes(StandardCharsets.ISO_8859_1))
                        .with(from("192.0.2.1")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("UTF-8")));
        verifyNoInteractions(recorder);
    }

    /** The request as if it came from {@code address}. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static SurveyResponse response() {
        return SurveyResponse.newBuilder().setEventId(UUID.randomUUID()).setCaseId("case-1")
                .setOccurredAt(Instant.now()).setSource("notification-service").setSurveyId("survey-1")
                .setCsat(4).setNps(9).setRedactedComment(null).setRespondedAt(Instant.now()).build();
    }

    /** What the service's own configuration provides. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SurveyProperties.class)
    static class Support {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
