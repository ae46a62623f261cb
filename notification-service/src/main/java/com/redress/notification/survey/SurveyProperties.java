package com.redress.notification.survey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Survey invitations and their links.
 *
 * @param linkTemplate   the customer-facing survey page; {@code {token}} is replaced by the signed token
 * @param validity       how long after the case closed a link works
 * @param signingKey     base64 HMAC-SHA256 key signing the tokens; when absent a random key is used and links stop
 *                       working on restart
 * @param rollingWindow  how many recent responses the rolling CSAT and NPS scores cover
 * @param rateLimit      how many answers one client address may post; more get 429
 */
@ConfigurationProperties("redress.notification.survey")
public record SurveyProperties(
        @DefaultValue("http://localhost:8084/surveys/{token}") String linkTemplate,
        @DefaultValue("30d") Duration validity,
        String signingKey,
        @DefaultValue("200") int rollingWindow,
        @DefaultValue RateLimit rateLimit) {

    /**
     * A token bucket per client address: it holds {@code burst} answers and refills at {@code requestsPerSecond}.
     * Generous, so that customers behind one address (a carrier's or an office's NAT) are not held up; it stops a
     * flood from one address, not a spread one, which is the edge's to stop.
     *
     * @param requestsPerSecond the sustained rate of one address
     * @param burst             how many answers an address may post at once after a quiet spell
     * @param addresses         how many addresses are tracked at once; the least recently seen is forgotten first
     */
    public record RateLimit(
            @DefaultValue("1") double requestsPerSecond,
            @DefaultValue("30") long burst,
            @DefaultValue("10000") int addresses) {

        public RateLimit {
            if (!(requestsPerSecond > 0) || burst < 1 || addresses < 1) {
                throw new IllegalArgumentException("redress.notification.survey.rate-limit needs requests-per-second "
                        + "> 0, burst >= 1 and addresses >= 1");
            }
        }
    }
}
