package com.redress.grading.tier;

import java.util.ArrayList;
import java.util.List;

import com.redress.grading.rules.RuleHit;

/**
 * The tier and priority that the rules applied so far give a case, with every rule that fired; rules only ever make
 * a case more severe (lower tier number) or more urgent (lower priority number).
 */
public final class TierVerdict {

    private int tier;
    private int priority;
    private boolean tierRaised;
    private final List<RuleHit> hits = new ArrayList<>();

    public TierVerdict(int tier, int priority) {
        this.tier = tier;
        this.priority = priority;
    }

    /** Records that {@code hit} fired and raises the case to at least {@code ruleTier}. */
    public void raiseTo(int ruleTier, RuleHit hit) {
        apply(ruleTier, null, hit);
    }

    /**
     * Records that {@code hit} fired once, raising the case to at least {@code ruleTier} and moving it to at least
     * {@code rulePriority} within its tier; either may be {@code null} when the rule does not set it.
     */
    public void apply(Integer ruleTier, Integer rulePriority, RuleHit hit) {
        hits.add(hit);
        if (ruleTier != null && ruleTier < tier) {
            tier = ruleTier;
            tierRaised = true;
        }
        if (rulePriority != null) {
            priority = Math.min(priority, rulePriority);
        }
    }

    /** Records a rule that fired without changing the tier or priority itself. */
    public void record(RuleHit hit) {
        hits.add(hit);
    }

    /** Sets the tier regardless of severity; only for an explicit, justified tier change. */
    public void overrideTier(int newTier, RuleHit hit) {
        hits.add(hit);
        tierRaised = newTier < tier;
        tier = newTier;
    }

    public int tier() {
        return tier;
    }

    public int priority() {
        return priority;
    }

    /** Whether any rule made the case more severe than the tier it started from. */
    public boolean tierRaised() {
        return tierRaised;
    }

    public List<RuleHit> hits() {
        return List.copyOf(hits);
    }
}
