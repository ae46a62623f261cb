package com.redress.sla.query;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.redress.platform.web.ApiKeyAuthentication;
import com.redress.platform.web.Problems;

/**
 * The query API: the clocks of a case, and the clocks at risk of breaching within a horizon. A desk's API key with the
 * {@code read} scope opens it ({@link SlaApiSecurityConfiguration}); the key is passed on when another instance is
 * asked, so that instance admits the request on the same grounds.
 */
@RestController
class ClockQueryController {

    static final String CASE_CLOCKS = "/api/cases/{caseId}/clocks";
    static final String AT_RISK = "/api/clocks/at-risk";

    private static final Duration LONGEST_HORIZON = Duration.ofDays(400);
    private static final String RETRY_AFTER_SECONDS = "1";

    private final ClockQueries queries;

    ClockQueryController(ClockQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = CASE_CLOCKS, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<ClockView>> clocksOf(@PathVariable String caseId,
            @RequestHeader(ApiKeyAuthentication.HEADER) String apiKey) {
        return ResponseEntity.of(queries.clocksOf(caseId, apiKey));
    }

    /**
     * Running clocks due within {@code horizon} (ISO-8601, e.g. PT4H), earliest first; {@code scope=local} answers from
     * this instance only, as instances ask each other.
     */
    @GetMapping(path = AT_RISK, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> atRisk(@RequestParam(defaultValue = "PT4H") Duration horizon,
            @RequestParam Optional<Integer> tier, @RequestParam(defaultValue = "all") String scope,
            @RequestHeader(ApiKeyAuthentication.HEADER) String apiKey) {
        if (horizon.isNegative() || horizon.compareTo(LONGEST_HORIZON) > 0) {
            return ResponseEntity.badRequest()
                    .body(Problems.malformedRequest("horizon must lie between PT0S and " + LONGEST_HORIZON));
        }
        return ResponseEntity.ok("local".equals(scope) ? queries.atRiskHere(horizon, tier)
                : queries.atRisk(horizon, tier, apiKey));
    }

    @ExceptionHandler(InvalidStateStoreException.class)
    ResponseEntity<ProblemDetail> notReady(InvalidStateStoreException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.TEMPORARILY_UNAVAILABLE,
                        "Temporarily unavailable", "Clock state is being restored or rebalanced; retry shortly"));
    }
}
