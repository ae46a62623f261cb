package com.redress.intake.status;

import org.apache.kafka.streams.state.HostInfo;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.redress.intake.updates.UnknownCaseException;
import com.redress.platform.web.ApiKeyAuthentication;

/**
 * Asks the instance that holds a case for its status over the same REST API, with the API key of the request being
 * answered, so that instance admits it and applies {@link CaseAccess} on the same grounds; the request is marked as
 * forwarded so it is never passed on again.
 */
public class RemoteCaseViews {

    /** Marks a request one instance passes to another; it only keeps the receiver from passing it on. */
    public static final String FORWARDED_HEADER = "X-Redress-Forwarded";
    public static final String CASE_STATUS_PATH = "/api/v1/complaints/{caseId}";

    private final RestClient http;

    public RemoteCaseViews(RestClient http) {
        this.http = http;
    }

    /**
     * @throws UnknownCaseException           when the owner answers 404: no such case, or not one the key may read
     * @throws CaseStatusUnavailableException when the owner cannot be reached or cannot answer now
     */
    CaseStatusView statusOf(HostInfo owner, String caseId, String apiKey) {
        try {
            return http.get()
                    .uri("http://{host}:{port}" + CASE_STATUS_PATH, owner.host(), owner.port(), caseId)
                    .header(ApiKeyAuthentication.HEADER, apiKey)
                    .header(FORWARDED_HEADER, "true")
                    .retrieve()
                    .body(CaseStatusView.class);
        } catch (HttpStatusCodeException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                throw new UnknownCaseException();
            }
            throw new CaseStatusUnavailableException("The instance holding the case answered " + e.getStatusCode(),
                    e);
        } catch (ResourceAccessException e) {
            throw new CaseStatusUnavailableException("The instance holding the case cannot be reached", e);
        }
    }
}
