package com.redress.sla.query;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The query API: the clocks of a case, and the clocks at risk of breaching within a horizon. */
@RestController
class ClockQueryController {

    private static final Duration LONGEST_HORIZON = Duration.ofDays(400);

    private final ClockQueries queries;

    ClockQueryController(ClockQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/cases/{caseId}/clocks")
    ResponseEntity<List<ClockView>> clocksOf(@PathVariable String caseId) {
        return ResponseEntity.of(queries.clocksOf(caseId));
    }

    /**
     * Running clocks due within {@code horizon} (ISO-8601, e.g. PT4H), earliest first; {@code scope=local} answers from
     * this instance only, as instances ask each other.
     */
    @GetMapping("/api/clocks/at-risk")
    ResponseEntity<?> atRisk(@RequestParam(defaultValue = "PT4H") Duration horizon,
            @RequestParam Optional<Integer> tier, @RequestParam(defaultValue = "all") String scope) {
        if (horizon.isNegative() || horizon.compareTo(LONGEST_HORIZON) > 0) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "horizon must lie between PT0S and " + LONGEST_HORIZON));
        }
        return ResponseEntity.ok("local".equals(scope) ? queries.atRiskHere(horizon, tier)
                : queries.atRisk(horizon, tier));
    }

    @ExceptionHandler(InvalidStateStoreException.class)
    ResponseEntity<ProblemDetail> notReady(InvalidStateStoreException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "Clock state is being restored or rebalanced; retry shortly"));
    }
}
