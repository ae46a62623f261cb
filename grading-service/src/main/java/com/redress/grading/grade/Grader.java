package com.redress.grading.grade;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.redress.events.grading.GradingReason;
import com.redress.events.intake.CaseUpdateType;
import com.redress.grading.category.CategoryClassifier;
import com.redress.grading.category.Classification;
import com.redress.grading.rules.RepeatRule;
import com.redress.grading.rules.RuleHit;
import com.redress.grading.rules.RuleSet;
import com.redress.grading.rules.UpdateRule;
import com.redress.grading.tier.TierAssessor;
import com.redress.grading.tier.TierVerdict;

/**
 * Grades a case from its facts and re-grades it on updates and incidents, applying one {@link RuleSet}; a re-grade
 * never lowers the tier unless a handler explicitly asks for it with a reason.
 */
public final class Grader {

    /** Id of the rule that applies a handler's explicit tier change request. */
    public static final String TIER_CHANGE_RULE = "update.tier-change-request";
    private static final int MAX_EVIDENCE_LENGTH = 200;

    private final RuleSet rules;
    private final CategoryClassifier classifier;
    private final TierAssessor tiers;

    public Grader(RuleSet rules) {
        this.rules = rules;
        this.classifier = new CategoryClassifier(rules);
        this.tiers = new TierAssessor(rules);
    }

    public String ruleSetVersion() {
        return rules.version();
    }

    public Classification classify(CaseFacts facts) {
        return classifier.classify(facts.text(), facts.channelCategoryCode());
    }

    /**
     * The first grade of a case.
     *
     * @param repeat   the earlier complaints it repeats, or {@code null}
     * @param incident the surge incident it belongs to, or {@code null}
     */
    public Grade initialGrade(CaseFacts facts, Classification classification, RepeatFinding repeat,
            IncidentMembership incident) {
        TierVerdict verdict = tiers.assess(classification.primary(), facts.channel(), facts.amount(),
                facts.currency(), facts.text(), facts.segment());
        if (repeat != null) {
            applyRepeat(repeat, verdict);
        }
        if (incident != null) {
            verdict.raiseTo(RuleSet.MOST_SEVERE_TIER, incidentHit(incident));
        }
        List<RuleHit> hits = new ArrayList<>(classification.hits());
        hits.addAll(verdict.hits());
        return new Grade(classification.primary(), classification.secondary(), verdict.tier(), verdict.priority(),
                null, GradingReason.INITIAL, hits, repeat, incident == null ? null : incident.incidentId());
    }

    /**
     * The grade after an update, or empty when the update does not change it. Only a tier change request with a reason
     * can lower the tier.
     *
     * @param amountAtStake the case's amount at stake including the loss this update reports, or {@code null}
     * @param currency      the currency of {@code amountAtStake}
     */
    public Optional<Grade> regrade(Grade current, UpdateFacts update, BigDecimal amountAtStake, String currency) {
        if (update.type() == CaseUpdateType.TIER_CHANGE_REQUESTED) {
            return explicitTierChange(current, update);
        }
        TierVerdict verdict = new TierVerdict(current.tier(), current.priority());
        for (UpdateRule rule : rules.updates()) {
            if (rule.on() == update.type()) {
                verdict.raiseTo(rule.tier(), new RuleHit(rule.id(), rule.description(),
                        "update " + update.type() + " at " + Instant.ofEpochMilli(update.occurredAt())));
            }
        }
        if (update.type() == CaseUpdateType.NEW_LOSS_REPORTED) {
            tiers.byAmount(amountAtStake, currency, "amountAtStake after new loss", verdict);
        }
        tiers.bySignals(update.note(), verdict);
        if (verdict.tier() == current.tier() && verdict.priority() == current.priority()) {
            return Optional.empty();
        }
        GradingReason reason = update.type() == CaseUpdateType.REGULATOR_REFERRAL
                ? GradingReason.REGRADED_REGULATOR
                : GradingReason.REGRADED_UPDATE;
        List<RuleHit> hits = new ArrayList<>(current.hits());
        hits.addAll(verdict.hits());
        return Optional.of(new Grade(current.primaryCategory(), current.secondaryCategories(), verdict.tier(),
                verdict.priority(), current.tier(), reason, hits, current.repeat(), current.incidentId()));
    }

    private Optional<Grade> explicitTierChange(Grade current, UpdateFacts update) {
        Integer requested = update.requestedTier();
        if (requested == null || requested == current.tier()
                || requested < RuleSet.MOST_SEVERE_TIER || requested > RuleSet.LEAST_SEVERE_TIER) {
            return Optional.empty();
        }
        boolean lowering = requested > current.tier();
        if (lowering && (update.tierChangeReason() == null || update.tierChangeReason().isBlank())) {
            // a tier is never lowered without a recorded justification
            return Optional.empty();
        }
        RuleHit hit = new RuleHit(TIER_CHANGE_RULE, "A handler's justified request to change the tier",
                "requested tier " + requested + " by update " + update.eventId() + ": "
                        + abbreviate(update.tierChangeReason()));
        List<RuleHit> hits = new ArrayList<>(current.hits());
        hits.add(hit);
        GradingReason reason = lowering
                ? GradingReason.EXPLICIT_LOWERING
                : GradingReason.REGRADED_UPDATE;
        return Optional.of(new Grade(current.primaryCategory(), current.secondaryCategories(), requested,
                current.priority(), current.tier(), reason, hits, current.repeat(), current.incidentId()));
    }

    /** The grade once a case joins a surge incident (tier 1), or empty when it is already in that incident. */
    public Optional<Grade> joinIncident(Grade current, IncidentMembership incident) {
        if (incident.incidentId().equals(current.incidentId())) {
            return Optional.empty();
        }
        List<RuleHit> hits = new ArrayList<>(current.hits());
        hits.add(incidentHit(incident));
        return Optional.of(new Grade(current.primaryCategory(), current.secondaryCategories(),
                RuleSet.MOST_SEVERE_TIER, current.priority(), current.tier(), GradingReason.REGRADED_INCIDENT, hits,
                current.repeat(), incident.incidentId()));
    }

    private void applyRepeat(RepeatFinding repeat, TierVerdict verdict) {
        RepeatRule rule = rules.repeat();
        String evidence = "earlier cases " + String.join(", ", repeat.earlierCaseIds()) + " within " + rule.window()
                + (repeat.mergedIntoCaseId() == null ? "" : "; merged into open case " + repeat.mergedIntoCaseId());
        RuleHit hit = new RuleHit(rule.id(), rule.description(), evidence);
        if (verdict.tierRaised() && verdict.tier() <= rule.tier()) {
            // a repeat that is also major or urgent stays on that track; the link still goes to quality management
            verdict.record(hit);
        } else {
            verdict.overrideTier(rule.tier(), hit);
        }
    }

    private static RuleHit incidentHit(IncidentMembership incident) {
        return new RuleHit(incident.ruleId(), incident.description(), incident.evidence());
    }

    private static String abbreviate(String text) {
        if (text == null || text.isBlank()) {
            return "(no reason given)";
        }
        String stripped = text.strip();
        return stripped.length() <= MAX_EVIDENCE_LENGTH ? stripped : stripped.substring(0, MAX_EVIDENCE_LENGTH) + "…";
    }
}
