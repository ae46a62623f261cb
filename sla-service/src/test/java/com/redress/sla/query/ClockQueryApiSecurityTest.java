package com.redress.sla.query;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.redress.platform.web.ApiKeys;
import com.redress.sla.metrics.SlaMetricNames;

/** The query API opens only to an API key with the {@code read} scope, and answers every refusal in problem+json. */
@WebMvcTest(ClockQueryController.class)
@Import({SlaApiSecurityConfiguration.class, ClockQueryApiSecurityTest.Meters.class})
@TestPropertySource(properties = {
        "redress.sla.api.api-key-sha256.complaints-desk=" + ClockQueryApiSecurityTest.DESK_KEY_SHA256,
        "redress.sla.api.scopes.complaints-desk=read",
        // a client whose key is valid, but not for reading
        "redress.sla.api.api-key-sha256.case-handler=" + ClockQueryApiSecurityTest.HANDLER_KEY_SHA256,
        "redress.sla.api.scopes.case-handler=update"})
class ClockQueryApiSecurityTest {

    /** The sandbox's demo desk key. */
    static final String DESK_KEY = "sandbox-complaints-desk-key";
    static final String DESK_KEY_SHA256 = "e2ba8054d623504f972fd196ca2d7186d931f502bbad5b45489471f5366110d2";
    static final String HANDLER_KEY = "case-handler-key";
    static final String HANDLER_KEY_SHA256 = "e560a8307207730b31b8466a69f211384586a0308ccaad9ba8d0fb670317b4cb";
    private static final String CASE_ID = "0f4b8c8e-9d3a-5b7e-8f21-6c1d2e3f4a5b";
    private static final ClockView CLOCK = new ClockView(CASE_ID, "RESOLUTION", "RUNNING", 2, "redress-default",
            "cn-mainland", 3, Instant.parse("2026-11-24T01:15:00Z"), Instant.parse("2026-12-15T10:00:00Z"), false,
            "15 working days", 0, List.of());

    @Autowired
    private MockMvc mvc;

    @Autowired
    private MeterRegistry meters;

    @MockitoBean
    private ClockQueries queries;

    @Test
    void shouldHashTheDeskKeyAsConfigured() {
        assertThat(ApiKeys.hashOf(DESK_KEY)).isEqualTo(DESK_KEY_SHA256);
        assertThat(ApiKeys.hashOf(HANDLER_KEY)).isEqualTo(HANDLER_KEY_SHA256);
    }

    @Test
    void shouldAnswer401WithoutAKey() throws Exception {
        mvc.perform(get("/api/cases/{caseId}/clocks", CASE_ID))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/missing-api-key"));
        mvc.perform(get("/api/clocks/at-risk"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("/problems/missing-api-key"));
        verifyNoInteractions(queries);
    }

    @Test
    void shouldAnswer403WithAKeyNoClientOwns() throws Exception {
        mvc.perform(get("/api/clocks/at-risk").header("X-Api-Key", "guessed-key"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/invalid-api-key"));
        verifyNoInteractions(queries);
    }

    @Test
    void shouldAnswer403WithAKeyWithoutTheReadScope() throws Exception {
        mvc.perform(get("/api/cases/{caseId}/clocks", CASE_ID).header("X-Api-Key", HANDLER_KEY))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/access-denied"));
        mvc.perform(get("/api/clocks/at-risk").header("X-Api-Key", HANDLER_KEY))
                .andExpect(status().isForbidden());
        verifyNoInteractions(queries);
    }

    @Test
    void shouldAnswerTheDeskKeyWithTheClocksAndPassItOnToOtherInstances() throws Exception {
        when(queries.clocksOf(CASE_ID, DESK_KEY)).thenReturn(Optional.of(List.of(CLOCK)));
        when(queries.atRisk(Duration.ofHours(2), Optional.of(2), DESK_KEY)).thenReturn(List.of(new AtRiskClock(
                CASE_ID, 2, "RESOLUTION", Instant.parse("2026-12-15T10:00:00Z"), false, "15 working days",
                "duty-manager")));
        double before = authenticated();

        mvc.perform(get("/api/cases/{caseId}/clocks", CASE_ID).header("X-Api-Key", DESK_KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("RESOLUTION"))
                .andExpect(jsonPath("$[0].deadline").value("2026-12-15T10:00:00Z"));
        mvc.perform(get("/api/clocks/at-risk?horizon=PT2H&tier=2").header("X-Api-Key", DESK_KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].caseId").value(CASE_ID));

        // and each admitted request is counted by client and key fingerprint
        assertThat(authenticated() - before).isEqualTo(2);
    }

    private double authenticated() {
        Counter counter = meters.find(SlaMetricNames.API_AUTHENTICATED)
                .tag(SlaMetricNames.TAG_CLIENT, "complaints-desk").tag("key", DESK_KEY_SHA256.substring(0, 8))
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void shouldRefuseEverythingElseUnderApiEvenWithTheDeskKey() throws Exception {
        mvc.perform(post("/api/clocks/at-risk").header("X-Api-Key", DESK_KEY))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/access-denied"));
        mvc.perform(get("/api/clocks").header("X-Api-Key", DESK_KEY))
                .andExpect(status().isForbidden());
        verifyNoInteractions(queries);
    }

    @Test
    void shouldAnswer404ForAnUnknownCaseAnd503WhileTheStateIsRestored() throws Exception {
        when(queries.clocksOf(CASE_ID, DESK_KEY)).thenReturn(Optional.empty());
        when(queries.atRisk(any(), any(), eq(DESK_KEY))).thenThrow(new InvalidStateStoreException("rebalancing"));

        mvc.perform(get("/api/cases/{caseId}/clocks", CASE_ID).header("X-Api-Key", DESK_KEY))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/clocks/at-risk").header("X-Api-Key", DESK_KEY))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/temporarily-unavailable"));
    }

    @Test
    void shouldAnswerABadHorizonWith400NamingTheParameterButNotItsValue() throws Exception {
        mvc.perform(get("/api/clocks/at-risk?horizon=soon-ish").header("X-Api-Key", DESK_KEY))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The parameter horizon is not a valid value of its type"))
                .andExpect(content().string(not(containsString("soon-ish"))));
        mvc.perform(get("/api/clocks/at-risk?horizon=P500D").header("X-Api-Key", DESK_KEY))
                .andExpect(status().isBadRequest());
        verify(queries, never()).atRisk(any(), any(), any());
    }

    /** The meter registry the application's auto-configuration would provide. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Meters {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
