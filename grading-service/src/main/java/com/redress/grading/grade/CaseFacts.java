package com.redress.grading.grade;

import java.math.BigDecimal;

import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;

/**
 * What grading needs to know of a registered complaint; no contact details, only the pseudonymous customer id.
 *
 * @param receivedAt when the channel received the complaint, epoch milliseconds
 * @param amount     amount at stake, or {@code null} when none was stated
 * @param currency   ISO 4217 code of {@code amount}, or {@code null}
 * @param text       the redacted complaint text
 */
public record CaseFacts(
        String caseId,
        String caseNumber,
        String registeredEventId,
        String customerId,
        CustomerSegment segment,
        Channel channel,
        long receivedAt,
        BigDecimal amount,
        String currency,
        String text,
        String channelCategoryCode) {
}
