package com.redress.grading.rules;

import java.util.List;

/**
 * The rules that decide a case's tier: the default, and rules by category, amount at stake, text signal, channel and
 * compounds of these. A case takes the most severe (lowest-numbered) tier any of them gives.
 */
public record TierRules(
        int defaultTier,
        List<CategoryTierRule> categories,
        List<AmountRule> amounts,
        List<SignalRule> signals,
        List<ChannelRule> channels,
        List<CompoundRule> compounds) {

    public TierRules {
        categories = List.copyOf(categories);
        amounts = List.copyOf(amounts);
        signals = List.copyOf(signals);
        channels = List.copyOf(channels);
        compounds = List.copyOf(compounds);
    }
}
