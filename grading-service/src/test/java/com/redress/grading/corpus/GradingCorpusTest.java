package com.redress.grading.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.events.grading.Category;
import com.redress.grading.ProductionRules;
import com.redress.grading.category.Classification;
import com.redress.grading.grade.Grade;
import com.redress.grading.grade.Grader;
import com.redress.grading.grade.RepeatFinding;
import com.redress.grading.rules.RuleSet;

/**
 * Grades the labelled corpus with the shipped rule file and reports precision and recall per category and per tier
 * for each part of the tuning corpus (development, held-out), for the tuning corpus as a whole, and, as figures only,
 * for the sealed batch. Fails when the tuning corpus falls below 90 %, or the sealed batch below what rule set
 * 2026.12.1 reached on it less two complaints.
 */
class GradingCorpusTest {

    private static final Logger log = LoggerFactory.getLogger(GradingCorpusTest.class);
    private static final double REQUIRED = 0.90;
    /** What rule set 2026.12.1 reached on sealed-4 (60.6 % category, 80.0 % tier, 39 of 55 major), less two cases. */
    private static final double SEALED_4_CATEGORY_FLOOR = 0.60;
    private static final double SEALED_4_TIER_FLOOR = 0.79;
    private static final double SEALED_4_TIER_1_RECALL_FLOOR = 37.0 / 55;

    private final RuleSet rules = ProductionRules.load();

    @Test
    void shouldGradeLabelledCorpusWithAtLeastNinetyPercentPrecisionAndRecall() {
        // Given the tuning corpus in its two parts, the sealed batch and the shipped rules
        List<LabelledComplaint> development = Corpus.load(Corpus.DEVELOPMENT);
        List<LabelledComplaint> heldOut = Corpus.load(Corpus.HELD_OUT);
        List<LabelledComplaint> tuning = new ArrayList<>(development);
        tuning.addAll(heldOut);

        // When every complaint is graded, each part on its own and the tuning corpus as a whole
        Grader grader = new Grader(rules);
        evaluate(grader, "development", development, true);
        evaluate(grader, "held-out", heldOut, true);
        Evaluation overall = evaluate(grader, "whole tuning corpus", tuning, true);
        // measured rule set 2026.12.1 and is unsealed: the next change may tune on its misses
        evaluate(grader, "sealed-3 (used: next tuning data)", Corpus.load(Corpus.SEALED_3), true);
        // scored, never looked into: which complaints it misses is not shown, so it cannot steer a change
        Evaluation sealed = evaluate(grader, "sealed-4 (figures only)", Corpus.load(Corpus.SEALED_4), false);

        // Then the tuning corpus reaches 90 %
        assertThat(tuning).hasSizeGreaterThanOrEqualTo(150);
        assertThat(count(tuning, "zh")).isGreaterThanOrEqualTo(50);
        assertThat(count(tuning, "en")).isGreaterThanOrEqualTo(50);
        assertThat(overall.categories().accuracy()).as("category precision and recall (micro)")
                .isGreaterThanOrEqualTo(REQUIRED);
        assertThat(overall.tiers().accuracy()).as("tier precision and recall (micro)").isGreaterThanOrEqualTo(REQUIRED);
        // and a change that only fits the tuning corpus shows up on the sealed batch
        assertThat(sealed.categories().accuracy()).as("sealed-4 category share")
                .isGreaterThanOrEqualTo(SEALED_4_CATEGORY_FLOOR);
        assertThat(sealed.tiers().accuracy()).as("sealed-4 tier share").isGreaterThanOrEqualTo(SEALED_4_TIER_FLOOR);
        assertThat(sealed.tiers().recall(1)).as("sealed-4 tier-1 recall")
                .isGreaterThanOrEqualTo(SEALED_4_TIER_1_RECALL_FLOOR);
    }

    private record Evaluation(ConfusionCounts<Category> categories, ConfusionCounts<Integer> tiers) {
    }

    private record EarlierCase(String caseId, Category category) {
    }

    private static Evaluation evaluate(Grader grader, String name, List<LabelledComplaint> corpus,
            boolean listMisgraded) {
        ConfusionCounts<Category> categories = new ConfusionCounts<>();
        ConfusionCounts<Integer> tiers = new ConfusionCounts<>();
        List<String> misgraded = new ArrayList<>();
        Map<String, List<EarlierCase>> history = new HashMap<>();
        for (LabelledComplaint complaint : corpus) {
            Classification classification = grader.classify(complaint.facts());
            List<EarlierCase> earlier = history.computeIfAbsent(complaint.customerId(), ignored -> new ArrayList<>());
            Grade grade = grader.initialGrade(complaint.facts(), classification,
                    repeatOf(earlier, classification.primary()), null);
            earlier.add(new EarlierCase(complaint.id(), classification.primary()));
            categories.add(complaint.category(), grade.primaryCategory());
            tiers.add(complaint.tier(), grade.tier());
            if (grade.primaryCategory() != complaint.category() || grade.tier() != complaint.tier()) {
                misgraded.add(complaint.id() + ": expected " + complaint.category() + "/" + complaint.tier()
                        + ", graded " + grade.primaryCategory() + "/" + grade.tier());
            }
        }
        log.info("Grading {}: {} complaints ({} zh, {} en), rule set {}\n{}\n{}misgraded ({}){}", name,
                corpus.size(), count(corpus, "zh"), count(corpus, "en"), grader.ruleSetVersion(),
                categories.report("category"), tiers.report("tier"), misgraded.size(),
                listMisgraded ? ":\n  " + String.join("\n  ", misgraded) : "");
        return new Evaluation(categories, tiers);
    }

    /** As the repeat step does in the topology: earlier complaints of the customer in the same category. */
    private static RepeatFinding repeatOf(List<EarlierCase> earlier, Category category) {
        List<String> sameCategory = earlier.stream().filter(other -> other.category() == category)
                .map(EarlierCase::caseId).toList();
        return sameCategory.isEmpty() ? null : new RepeatFinding(sameCategory, sameCategory.get(0));
    }

    private static long count(List<LabelledComplaint> corpus, String language) {
        return corpus.stream().filter(complaint -> complaint.language().equals(language)).count();
    }
}
