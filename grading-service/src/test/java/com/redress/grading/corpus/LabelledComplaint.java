package com.redress.grading.corpus;

import java.math.BigDecimal;

import com.redress.events.grading.Category;
import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;
import com.redress.grading.grade.CaseFacts;

/**
 * One complaint of the labelled corpus, with the category and tier an analyst gave it.
 *
 * @param customer the customer who wrote it, shared by complaints of one customer; {@code null} for a one-off
 */
record LabelledComplaint(String id, String language, String text, Category category, int tier, Channel channel,
        CustomerSegment segment, BigDecimal amount, String currency, String customer) {

    CaseFacts facts() {
        return new CaseFacts(id, "CMP-" + id, "registered-" + id, customerId(), segment, channel, 0L, amount,
                currency, text, null);
    }

    String customerId() {
        return customer == null ? "customer-" + id : customer;
    }
}
