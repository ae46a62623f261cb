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
 */
@ConfigurationProperties("redress.notification.survey")
public record SurveyProperties(
        @DefaultValue("http://localhost:8084/surveys/{token}") String linkTemplate,
        @DefaultValue("30d") Duration validity,
        String signingKey,
        @DefaultValue("200") int rollingWindow) {
}
