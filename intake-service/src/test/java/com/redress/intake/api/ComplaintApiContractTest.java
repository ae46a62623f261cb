package com.redress.intake.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.redress.intake.deduplication.RegisteredCasesUnavailableException;
import com.redress.intake.normalisation.FieldViolation;
import com.redress.intake.normalisation.InvalidSubmissionException;
import com.redress.intake.registration.ComplaintRegistrar;
import com.redress.intake.registration.IntakeMetrics;
import com.redress.intake.registration.RegistrationOutcome;
import com.redress.intake.registration.SubmissionPath;
import com.redress.intake.status.CaseAccess;
import com.redress.intake.status.CaseStatusUnavailableException;
import com.redress.intake.status.CaseStatusView;
import com.redress.intake.status.CaseViewQueries;
import com.redress.intake.updates.CaseUpdateService;
import com.redress.intake.updates.UnknownCaseException;

@WebMvcTest(ComplaintController.class)
@Import({ApiConfiguration.class, ApiSecurityConfiguration.class, ComplaintApiContractTest.Meters.class})
@TestPropertySource(properties = {
        "redress.intake.api.api-key-sha256.wechat-service-account=" + ComplaintApiContractTest.WECHAT_KEY_SHA256,
        // a key rotation in progress: the old and the new key's hashes, comma-separated
        "redress.intake.api.api-key-sha256.hotline-ivr=" + ComplaintApiContractTest.HOTLINE_OLD_KEY_SHA256 + ","
                + ComplaintApiContractTest.HOTLINE_NEW_KEY_SHA256,
        "redress.intake.api.api-key-sha256.batch-importer=" + ComplaintApiContractTest.BATCH_KEY_SHA256,
        "redress.intake.api.api-key-sha256.case-handler=" + ComplaintApiContractTest.CASE_HANDLER_KEY_SHA256,
        // wechat and the batch importer have no scopes configured: they submit, and read only their own cases
        "redress.intake.api.api-key-sha256.complaints-desk=" + ComplaintApiContractTest.DESK_KEY_SHA256,
        "redress.intake.api.scopes.complaints-desk=read",
        "redress.intake.api.scopes.case-handler=update",
        // two requests, then one every 1000 s: the third request of the test is sure to be over the limit
        "redress.intake.api.rate-limit.systems.batch-importer.requests-per-second=0.001",
        "redress.intake.api.rate-limit.systems.batch-importer.burst=2",
        "redress.intake.api.max-request-size=2KB"})
class ComplaintApiContractTest {

    static final String WECHAT_KEY = "wechat-key-for-tests";
    // sha-256 of WECHAT_KEY
    static final String WECHAT_KEY_SHA256 = "78954b295bf8e9947128b5b532d05e8a758929c4cad9512949ff477130b22fcd";
    static final String HOTLINE_OLD_KEY = "hotline-key-old";
    static final String HOTLINE_OLD_KEY_SHA256 = "d5dffb63ba6cb606502cb181d9c847e53d9d94801e7350bf29e390c3f88a79eb";
    static final String HOTLINE_NEW_KEY = "hotline-key-new";
    static final String HOTLINE_NEW_KEY_SHA256 = "470d24b40938dd4c131487b58fcd8e9aa8be09ec2925fff5ea598450bb09e3e7";
    static final String BATCH_KEY = "batch-importer-key";
    static final String BATCH_KEY_SHA256 = "7d38f5ad260c9a0eaca2b86635cb7f2760a3d6ad15e9b9cd7bf173ce328e6f9a";
    static final String DESK_KEY = "complaints-desk-key";
    static final String DESK_KEY_SHA256 = "fa33f00fc0a6a2a2d849f3f71c237a787fd964598ce0aa91e1ea59d5f2ed70fe";
    static final String CASE_HANDLER_KEY = "case-handler-key";
    static final String CASE_HANDLER_KEY_SHA256 = "e560a8307207730b31b8466a69f211384586a0308ccaad9ba8d0fb670317b4cb";
    private static final CaseAccess WECHAT_OWN_CASES = new CaseAccess("wechat-service-account", false);
    private static final String CASE_ID = "0f4b8c8e-9d3a-5b7e-8f21-6c1d2e3f4a5b";
    private static final String CASE_NUMBER = "CMP-20261124-7K3M-9QX2-ABCD";
    private static final String COMPLAINT = """
            {"channel": "wechat", "channelMessageId": "wx-1", "receivedAt": "2026-11-24T09:15:00+08:00",
             "zone": "Asia/Shanghai", "customerReference": "CUST-208817", "phone": "+86 139 0000 5678",
             "segment": "mass-affluent", "text": "手机银行APP一直登录不了", "codes": {"queue": "app"}}
            """;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private MeterRegistry meters;

    @MockitoBean
    private ComplaintRegistrar registrar;

    @MockitoBean
    private CaseUpdateService updates;

    @MockitoBean
    private CaseViewQueries status;

    @Test
    void shouldAnswer201WithTheNewCaseAndItsLocation() throws Exception {
        when(registrar.register(any(), eq(SubmissionPath.REST)))
                .thenReturn(new RegistrationOutcome(CASE_ID, CASE_NUMBER, true));

        mvc.perform(submit(COMPLAINT).header("Idempotency-Key", "idem-1"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/complaints/" + CASE_ID))
                .andExpect(jsonPath("$.caseId").value(CASE_ID))
                .andExpect(jsonPath("$.caseNumber").value(CASE_NUMBER))
                .andExpect(jsonPath("$.duplicate").value(false));

        verify(registrar).register(argThat(submission -> submission.source().equals("wechat-service-account")
                && submission.idempotencyKey().equals("idem-1") && submission.channelMessageId().equals("wx-1")
                && submission.receivedAt().toString().equals("2026-11-24T01:15:00Z")), eq(SubmissionPath.REST));
    }

    @Test
    void shouldAnswer200WithTheSameCaseForADuplicate() throws Exception {
        when(registrar.register(any(), eq(SubmissionPath.REST)))
                .thenReturn(new RegistrationOutcome(CASE_ID, CASE_NUMBER, false));

        mvc.perform(submit(COMPLAINT))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", "/api/v1/complaints/" + CASE_ID))
                .andExpect(jsonPath("$.caseId").value(CASE_ID))
                .andExpect(jsonPath("$.duplicate").value(true));
    }

    @Test
    void shouldAnswer409WithoutNamingTheCaseForAnotherComplaintUnderARegisteredKey() throws Exception {
        when(registrar.register(any(), eq(SubmissionPath.REST))).thenReturn(new RegistrationOutcome(CASE_ID,
                CASE_NUMBER, RegistrationOutcome.Kind.CONFLICTING));

        mvc.perform(submit(COMPLAINT))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/conflicting-submission"))
                .andExpect(content().string(not(containsString(CASE_ID))))
                .andExpect(content().string(not(containsString(CASE_NUMBER))))
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void shouldAnswer422ForAnIdempotencyKeyReusedForAnotherComplaint() throws Exception {
        when(registrar.register(any(), eq(SubmissionPath.REST))).thenReturn(new RegistrationOutcome(CASE_ID,
                CASE_NUMBER, RegistrationOutcome.Kind.KEY_REUSED));

        mvc.perform(submit(COMPLAINT).header("Idempotency-Key", "idem-1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/idempotency-key-reused"))
                .andExpect(content().string(not(containsString(CASE_ID))));
    }

    @Test
    void shouldAnswer400ListingEveryInvalidField() throws Exception {
        when(registrar.register(any(), any())).thenThrow(new InvalidSubmissionException(List.of(
                new FieldViolation("channel", "unknown_channel", "not a known channel"),
                new FieldViolation("text", "missing_text", "the complaint text is required"))));

        mvc.perform(submit(COMPLAINT))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type").value("/problems/invalid-submission"))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("channel", "text")))
                .andExpect(jsonPath("$.errors[*].code", containsInAnyOrder("unknown_channel", "missing_text")));
    }

    @Test
    void shouldAnswer400ForABodyThatIsNotJsonOfTheExpectedShape() throws Exception {
        mvc.perform(submit("{\"channel\": \"wechat\", \"receivedAt\": \"yesterday 13812341234\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/malformed-request"))
                .andExpect(jsonPath("$.errors[0].field").value("receivedAt"))
                .andExpect(content().string(not(containsString("13812341234"))));
        verify(registrar, never()).register(any(), any());
    }

    @Test
    void shouldAnswer400ForABodyThatIsNotWellFormedUtf8() throws Exception {
        // Given a body whose text holds the overlong two-byte form of "/", which a lenient decoder reads as "/"
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"channel\": \"wechat\", \"channelMessageId\": \"wx-1\", \"text\": \"a ".getBytes(
                StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        body.writeBytes(" b\"}".getBytes(StandardCharsets.UTF_8));

        mvc.perform(post("/api/v1/complaints").header("X-Api-Key", WECHAT_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(body.toByteArray()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/malformed-request"))
                .andExpect(jsonPath("$.detail").value("The body is not well-formed UTF-8"));
        verify(registrar, never()).register(any(), any());
    }

    @Test
    void shouldAnswer401WithoutAnApiKey() throws Exception {
        mvc.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content(COMPLAINT))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/missing-api-key"));
        verify(registrar, never()).register(any(), any());
    }

    @Test
    void shouldAnswer403WithAnUnknownApiKey() throws Exception {
        mvc.perform(post("/api/v1/complaints").header("X-Api-Key", "guessed-key")
                        .contentType(MediaType.APPLICATION_JSON).content(COMPLAINT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/invalid-api-key"));
        verify(registrar, never()).register(any(), any());
    }

    @Test
    void shouldAcceptBothKeysOfAChannelSystemWhileItsKeyIsRotated() throws Exception {
        when(registrar.register(any(), eq(SubmissionPath.REST)))
                .thenReturn(new RegistrationOutcome(CASE_ID, CASE_NUMBER, true));

        // When the hotline system calls with its old key, then with its new one
        mvc.perform(post("/api/v1/complaints").header("X-Api-Key", HOTLINE_OLD_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(COMPLAINT))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/complaints").header("X-Api-Key", HOTLINE_NEW_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(COMPLAINT))
                .andExpect(status().isCreated());

        // Then both calls were made as the hotline system
        verify(registrar, times(2)).register(argThat(submission -> submission.source().equals("hotline-ivr")),
                eq(SubmissionPath.REST));
        // and each key's use is counted apart, by the first 8 hex digits of its hash, so the old one's end shows
        assertThat(authenticated("hotline-ivr", HOTLINE_OLD_KEY_SHA256.substring(0, 8))).isEqualTo(1);
        assertThat(authenticated("hotline-ivr", HOTLINE_NEW_KEY_SHA256.substring(0, 8))).isEqualTo(1);
    }

    private double authenticated(String channelSystem, String keyFingerprint) {
        Counter counter = meters.find(IntakeMetrics.AUTHENTICATED).tag(IntakeMetrics.TAG_CHANNEL_SYSTEM, channelSystem)
                .tag(IntakeMetrics.TAG_KEY, keyFingerprint).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceAChannelSystemHasUsedUpItsRate() throws Exception {
        when(registrar.register(any(), eq(SubmissionPath.REST)))
                .thenReturn(new RegistrationOutcome(CASE_ID, CASE_NUMBER, true));
        double before = rateLimited("batch-importer");

        // When the batch importer, allowed a burst of two, sends three complaints at once
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/complaints").header("X-Api-Key", BATCH_KEY)
                            .contentType(MediaType.APPLICATION_JSON).content(COMPLAINT))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("/api/v1/complaints").header("X-Api-Key", BATCH_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(COMPLAINT))
                // Then the third is refused with the time until its next token, as a problem detail
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1000"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/rate-limited"))
                .andExpect(jsonPath("$.status").value(429));

        // and only two reached the registrar, the refusal is counted for that system, and other systems still pass
        verify(registrar, times(2)).register(argThat(submission -> submission.source().equals("batch-importer")),
                eq(SubmissionPath.REST));
        assertThat(rateLimited("batch-importer") - before).isEqualTo(1);
        mvc.perform(submit(COMPLAINT)).andExpect(status().isCreated());
    }

    private double rateLimited(String channelSystem) {
        Counter counter = meters.find(IntakeMetrics.RATE_LIMITED)
                .tag(IntakeMetrics.TAG_CHANNEL_SYSTEM, channelSystem).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void shouldAnswer413ForABodyOverTheLimit() throws Exception {
        String oversized = "{\"channel\": \"wechat\", \"text\": \"" + "投".repeat(1_000) + "\"}";

        mvc.perform(submit(oversized))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/payload-too-large"));
        verify(registrar, never()).register(any(), any());
    }

    @Test
    void shouldAnswer415ForAnythingButJson() throws Exception {
        mvc.perform(post("/api/v1/complaints").header("X-Api-Key", WECHAT_KEY)
                        .contentType(MediaType.TEXT_PLAIN).content("my card was stolen"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void shouldAnswer503WhileTheCaseViewIsLoading() throws Exception {
        when(registrar.register(any(), any()))
                .thenThrow(new RegisteredCasesUnavailableException("loading", null));

        mvc.perform(submit(COMPLAINT))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("/problems/temporarily-unavailable"));
    }

    @Test
    void shouldAnswer202ForAnUpdateOfAKnownCase() throws Exception {
        UUID eventId = UUID.randomUUID();
        when(updates.update(eq(CASE_ID), any())).thenReturn(eventId);

        mvc.perform(post("/api/v1/complaints/{caseId}/updates", CASE_ID).header("X-Api-Key", CASE_HANDLER_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"updateType": "RESOLVED", "actor": "E10023871",
                                 "resolution": {"outcome": "UPHELD", "amountRefunded": {"amount": "3200.00", "currency": "CNY"},
                                                "nextSteps": "You may refer the complaint to the regulator."}}
                                """))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.eventId").value(eventId.toString()));

        verify(updates).update(eq(CASE_ID), argThat(command -> command.updateType().equals("RESOLVED")
                && command.resolution().amountRefunded().currency().equals("CNY")));
    }

    @Test
    void shouldAnswer404ForAnUpdateOfAnUnknownCase() throws Exception {
        when(updates.update(eq(CASE_ID), any())).thenThrow(new UnknownCaseException());

        mvc.perform(post("/api/v1/complaints/{caseId}/updates", CASE_ID).header("X-Api-Key", CASE_HANDLER_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"updateType\": \"ACKNOWLEDGED\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/unknown-case"));
    }

    @Test
    void shouldAnswer404ForAnUpdateOfSomethingThatIsNoCaseId() throws Exception {
        mvc.perform(post("/api/v1/complaints/{caseId}/updates", "not-a-case").header("X-Api-Key", CASE_HANDLER_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"updateType\": \"ACKNOWLEDGED\"}"))
                .andExpect(status().isNotFound());
        verify(updates, never()).update(any(), any());
    }

    @Test
    void shouldAnswer200WithWhereACaseStands() throws Exception {
        when(status.statusOf(CASE_ID, WECHAT_OWN_CASES, WECHAT_KEY, false)).thenReturn(new CaseStatusView(CASE_ID, CASE_NUMBER, "WECHAT",
                Instant.parse("2026-11-24T01:15:00Z"), "Asia/Shanghai", "AWAITING_CUSTOMER",
                new CaseStatusView.LastUpdate("AWAITING_CUSTOMER", Instant.parse("2026-11-24T03:00:00Z"), "E10023871"),
                new CaseStatusView.Grade(2, 2, "FRAUD", Instant.parse("2026-11-24T01:15:05Z")), null, null));

        mvc.perform(get("/api/v1/complaints/{caseId}", CASE_ID).header("X-Api-Key", WECHAT_KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(CASE_NUMBER))
                .andExpect(jsonPath("$.stage").value("AWAITING_CUSTOMER"))
                .andExpect(jsonPath("$.grade.tier").value(2))
                .andExpect(jsonPath("$.receivedAt").value("2026-11-24T01:15:00Z"));
    }

    @Test
    void shouldAnswer404ForTheStatusOfAnUnknownCase() throws Exception {
        when(status.statusOf(CASE_ID, WECHAT_OWN_CASES, WECHAT_KEY, false)).thenThrow(new UnknownCaseException());

        mvc.perform(get("/api/v1/complaints/{caseId}", CASE_ID).header("X-Api-Key", WECHAT_KEY))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void shouldAnswer503WhileTheStatusViewIsLoading() throws Exception {
        when(status.statusOf(CASE_ID, WECHAT_OWN_CASES, WECHAT_KEY, false)).thenThrow(new CaseStatusUnavailableException("loading", null));

        mvc.perform(get("/api/v1/complaints/{caseId}", CASE_ID).header("X-Api-Key", WECHAT_KEY))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void shouldAnswerAForwardedRequestWithTheCallersKeyAndMarkIt() throws Exception {
        when(status.statusOf(CASE_ID, new CaseAccess("complaints-desk", true), DESK_KEY, true)).thenReturn(
                new CaseStatusView(CASE_ID, CASE_NUMBER, "WECHAT", Instant.parse("2026-11-24T01:15:00Z"),
                        "Asia/Shanghai", "REGISTERED", null, null, null, null));

        mvc.perform(get("/api/v1/complaints/{caseId}", CASE_ID).header("X-Api-Key", DESK_KEY)
                        .header("X-Redress-Forwarded", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(CASE_NUMBER));
    }

    @Test
    void shouldLetAClientWithTheReadScopeReadAnyCase() throws Exception {
        when(status.statusOf(CASE_ID, new CaseAccess("complaints-desk", true), DESK_KEY, false)).thenReturn(new CaseStatusView(CASE_ID,
                CASE_NUMBER, "WECHAT", Instant.parse("2026-11-24T01:15:00Z"), "Asia/Shanghai", "REGISTERED", null,
                null, null, null));

        mvc.perform(get("/api/v1/complaints/{caseId}", CASE_ID).header("X-Api-Key", DESK_KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value(CASE_NUMBER));
    }

    @Test
    void shouldRefuseEachEndpointToAKeyWithoutItsScope() throws Exception {
        // a case-handling system may post updates, but neither submit nor read; a desk reads, but neither submits
        mvc.perform(post("/api/v1/complaints").header("X-Api-Key", DESK_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(COMPLAINT))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/complaints").header("X-Api-Key", CASE_HANDLER_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(COMPLAINT))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/access-denied"));
        mvc.perform(get("/api/v1/complaints/{caseId}", CASE_ID).header("X-Api-Key", CASE_HANDLER_KEY))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/access-denied"));
        // a channel system may submit and read its own cases, but not post updates
        mvc.perform(post("/api/v1/complaints/{caseId}/updates", CASE_ID).header("X-Api-Key", WECHAT_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"updateType\": \"CLOSED\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/access-denied"));

        verify(registrar, never()).register(any(), any());
        verify(status, never()).statusOf(any(), any(), any(), anyBoolean());
        verify(updates, never()).update(any(), any());
    }

    private static MockHttpServletRequestBuilder submit(String body) {
        return post("/api/v1/complaints").header("X-Api-Key", WECHAT_KEY).contentType(MediaType.APPLICATION_JSON)
                .content(body);
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
