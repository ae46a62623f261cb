package com.redress.grading.rules;

import java.util.List;
import java.util.Set;

/**
 * Negators such as {@code 不是} or {@code not}: a phrase of one of {@code ruleIds} that follows a negator within
 * {@code window} characters of the same clause is denied ("this is not fraud", "不是诈骗") and is no evidence for
 * its rule. A negator that is part of the phrase itself ({@code 不是本人操作}) denies nothing.
 *
 * @param exceptions phrases that contain a negator but deny nothing, such as the question {@code 是不是}
 * @param window     the most characters allowed between the end of the negator and the start of the phrase
 * @param ruleIds    the category and signal rules whose phrases this negation can deny
 */
public record NegationRule(String id, String description, List<String> negators, List<String> exceptions, int window,
        Set<String> ruleIds) {

    public NegationRule {
        negators = List.copyOf(negators);
        exceptions = List.copyOf(exceptions);
        ruleIds = Set.copyOf(ruleIds);
    }
}
