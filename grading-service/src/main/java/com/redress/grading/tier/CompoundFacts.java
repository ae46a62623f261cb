package com.redress.grading.tier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.redress.events.grading.Category;
import com.redress.events.intake.Channel;

/**
 * What compound rules weigh of a case once the other tier rules have looked at it.
 *
 * @param amounts the amount at stake and the amounts written in the text
 * @param signals the ids of the signal rules that fired, each with the text that made it fire
 */
record CompoundFacts(Category primary, Channel channel, List<StatedAmount> amounts, Map<String, String> signals) {

    CompoundFacts {
        amounts = List.copyOf(amounts);
        signals = Map.copyOf(signals);
    }

    /**
     * @param source how the amount is named in the evidence, e.g. {@code amountAtStake} or {@code '62万元' in the text}
     */
    record StatedAmount(BigDecimal value, String currency, String source) {
    }
}
