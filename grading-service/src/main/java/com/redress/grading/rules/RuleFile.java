package com.redress.grading.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.annotation.JsonDeserialize;

import com.redress.events.grading.Category;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.Channel;

/**
 * A rule file as written, bound by the platform's strict YAML reader: each value is checked where it stands
 * ({@link RuleScalars}); a key left out is null here, and what needs more than one value (required keys, unique ids,
 * the rules a negation names) is {@link RuleSetLoader}'s to check. The records check nothing themselves: Jackson builds
 * a record before it reports the record's unknown keys, so a refusal here would hide a misspelt key.
 */
record RuleFile(
        @JsonDeserialize(using = RuleScalars.Text.class) String version,
        Categories categories,
        Tiers tiers,
        Priority priority,
        Repeat repeat,
        List<Surge> surges,
        List<Update> updates,
        List<Negation> negations) {

    record Categories(
            @JsonDeserialize(contentUsing = RuleScalars.RuleCategory.class) Map<String, Category> codes,
            List<CategoryPhrases> phrases,
            @JsonProperty("phrases-counted-per-rule") @JsonDeserialize(using = RuleScalars.PhrasesCounted.class)
            Integer phrasesCountedPerRule) {
    }

    record CategoryPhrases(
            @JsonDeserialize(using = RuleScalars.Id.class) String id,
            @JsonDeserialize(using = RuleScalars.Text.class) String description,
            @JsonDeserialize(using = RuleScalars.RuleCategory.class) Category category,
            @JsonDeserialize(using = RuleScalars.Weight.class) Integer weight,
            @JsonDeserialize(using = RuleScalars.Phrases.class) List<String> phrases,
            @JsonDeserialize(using = RuleScalars.Patterns.class) List<Pattern> patterns) {
    }

    record Tiers(
            @JsonProperty("default") @JsonDeserialize(using = RuleScalars.Tier.class) Integer defaultTier,
            List<CategoryTier> categories,
            List<Amount> amounts,
            List<Signal> signals,
            List<ChannelTier> channels,
            List<Compound> compounds) {
    }

    record CategoryTier(
            @JsonDeserialize(using = RuleScalars.Id.class) String id,
            @JsonDeserialize(using = RuleScalars.Text.class) String description,
            @JsonDeserialize(using = RuleScalars.RuleCategory.class) Category category,
            @JsonDeserialize(using = RuleScalars.Tier.class) Integer tier) {
    }

    record Amount(
            @JsonDeserialize(using = RuleScalars.Id.class) String id,
            @JsonDeserialize(using = RuleScalars.Text.class) String description,
            @JsonDeserialize(using = RuleScalars.Tier.class) Integer tier,
            @JsonDeserialize(contentUsing = RuleScalars.Threshold.class) Map<String, BigDecimal> thresholds) {
    }

    record Signal(
            @JsonDeserialize(using = RuleScalars.Id.class) String id,
            @JsonDeserialize(using = RuleScalars.Text.class) String description,
            @JsonDeserialize(using = RuleScalars.Tier.class) Integer tier,
            @JsonDeserialize(using = RuleScalars.Priority.class) Integer priority,
            @JsonDeserialize(using = RuleScalars.Phrases.class) List<String> phrases,
            @JsonDeserialize(using = RuleScalars.Patterns.class) List<Pattern> patterns) {
    }

    record ChannelTier(
            @JsonDeserialize(using = RuleScalars.Id.class) String id,
            @JsonDeserialize(using = RuleScalars.Text.class) String description,
            @JsonDeserialize(using = RuleScalars.RuleChannel.class) Channel channel,
            @JsonDeserialize(using = RuleScalars.Tier.class) Integer tier) {
    }

    record Compound(
            @JsonDeserialize(using = RuleScalars.Id.class) String id,
            @JsonDeserialize(using = RuleScalars.Text.class) String description,
            @JsonDeserialize(using = RuleScalars.Tier.class) Integer tier,
            @JsonProperty("all-of") List<Condition> allOf) {
    }

    record Condition(
            @JsonDeserialize(contentUsing = RuleScalars.Threshold.class) Map<String, BigDecimal> amounts,
            @JsonDeserialize(using = RuleScalars.Phrases.class) List<String> signals,
            @JsonDeserialize(contentUsing = RuleScalars.RuleCategory.class) List<Category> categories,
            @JsonDeserialize(contentUsing = RuleScalars.RuleChannel.class) List<Channel> channels) {
    }

    record Priority(
            @JsonDeserialize(using = RuleScalars.Id.class) String id,
            @JsonProperty("default") @JsonDeserialize(using = RuleScalars.Priority.class) Integer defaultPriority,
            @JsonDeserialize(contentUsing = RuleScalars.SegmentPriority.class) Map<String, Integer> segments) {
    }

    record Repeat(
            @JsonDeserialize(using = RuleScalars.Id.class) String id,
            @JsonDeserialize(using = RuleScalars.Text.class) String description,
            @JsonDeserialize(using = RuleScalars.PositiveDuration.class) Duration window,
            @JsonDeserialize(using = RuleScalars.Tier.class) Integer tier) {
    }

    record Surge(
            @JsonDeserialize(using = RuleScalars.Id.class) String id,
            @JsonDeserialize(using = RuleScalars.Text.class) String description,
            @JsonDeserialize(using = RuleScalars.RuleCategory.class) Category category,
            @JsonDeserialize(using = RuleScalars.SurgeThreshold.class) Integer threshold,
            @JsonDeserialize(using = RuleScalars.PositiveDuration.class) Duration window) {
    }

    record Update(
            @JsonDeserialize(using = RuleScalars.Id.class) String id,
            @JsonDeserialize(using = RuleScalars.Text.class) String description,
            @JsonDeserialize(using = RuleScalars.RuleUpdateType.class) CaseUpdateType on,
            @JsonDeserialize(using = RuleScalars.Tier.class) Integer tier) {
    }

    record Negation(
            @JsonDeserialize(using = RuleScalars.Id.class) String id,
            @JsonDeserialize(using = RuleScalars.Text.class) String description,
            @JsonDeserialize(using = RuleScalars.Phrases.class) List<String> negators,
            @JsonDeserialize(using = RuleScalars.Phrases.class) List<String> exceptions,
            @JsonDeserialize(using = RuleScalars.NegationWindow.class) Integer window,
            @JsonDeserialize(using = RuleScalars.Phrases.class) List<String> rules) {
    }
}
