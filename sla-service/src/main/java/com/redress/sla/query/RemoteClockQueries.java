package com.redress.sla.query;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.state.HostInfo;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.redress.platform.web.ApiKeyAuthentication;

/**
 * Asks another instance of the service for what its own stores hold, over its query API, with the API key of the
 * request being answered: the other instance admits it on the same grounds.
 */
@Component
class RemoteClockQueries {

    private final RestClient http = RestClient.create();

    Optional<List<ClockView>> clocksOf(HostInfo instance, String caseId, String apiKey) {
        try {
            ClockView[] clocks = http.get()
                    .uri("http://{host}:{port}" + ClockQueryController.CASE_CLOCKS, instance.host(), instance.port(),
                            caseId)
                    .header(ApiKeyAuthentication.HEADER, apiKey)
                    .retrieve()
                    .body(ClockView[].class);
            return Optional.of(clocks == null ? List.of() : Arrays.asList(clocks));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    List<AtRiskClock> atRisk(HostInfo instance, Duration horizon, Optional<Integer> tier, String apiKey) {
        AtRiskClock[] clocks = http.get()
                .uri(builder -> {
                    builder.scheme("http").host(instance.host()).port(instance.port()).path(ClockQueryController.AT_RISK)
                            .queryParam("horizon", horizon.toString())
                            .queryParam("scope", "local");
                    tier.ifPresent(value -> builder.queryParam("tier", value));
                    return builder.build();
                })
                .header(ApiKeyAuthentication.HEADER, apiKey)
                .retrieve()
                .body(AtRiskClock[].class);
        return clocks == null ? List.of() : Arrays.asList(clocks);
    }
}
