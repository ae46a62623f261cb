package com.redress.grading.rules;

import java.util.List;

/**
 * The rules that decide a case's tier: the default, and rules by category, amount at stake, text signal and channel.
 * A case takes the most severe (lowest-numbered) tier any of them gives.
 */
public record TierRules(
        int defaultTier,
        List<CategoryTierRule> categories,
        List<AmountRule> amounts,
        List<SignalRule> signals,
        List<ChannelRule> channels) {

    public TierRules {
        categories = List.copyOf(categories);
        amounts = List.copyOf(amounts);
        signals = List.copyOf(signals);
        channels = List.copyOf(channels);
    }
}
