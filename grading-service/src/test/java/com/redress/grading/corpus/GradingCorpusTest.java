package com.redress.grading.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.events.grading.Category;
import com.redress.grading.ProductionRules;
import com.redress.grading.category.Classification;
import com.redress.grading.grade.Grade;
import com.redress.grading.grade.Grader;

/**
 * Grades the labelled corpus with the shipped rule file and reports precision and recall per category and per tier,
 * for the held-out batch and for the whole corpus; fails when either share of the whole corpus falls below 90 %.
 */
class GradingCorpusTest {

    private static final Logger log = LoggerFactory.getLogger(GradingCorpusTest.class);
    private static final double REQUIRED = 0.90;

    private final Grader grader = new Grader(ProductionRules.load());

    @Test
    void shouldGradeLabelledCorpusWithAtLeastNinetyPercentPrecisionAndRecall() {
        // Given the labelled corpus, development and held-out parts, and the shipped rules
        List<LabelledComplaint> development = Corpus.load(Corpus.DEVELOPMENT);
        List<LabelledComplaint> heldOut = Corpus.load(Corpus.HELD_OUT);
        List<LabelledComplaint> corpus = new ArrayList<>(development);
        corpus.addAll(heldOut);

        // When every complaint is graded (the held-out share is logged as the estimate for unseen complaints)
        evaluate("held-out", heldOut);
        Evaluation overall = evaluate("whole corpus", corpus);

        // Then both the category and the tier are right for at least 90 % of the complaints
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
        assertThat(count(corpus, "zh")).isGreaterThanOrEqualTo(50);
        assertThat(count(corpus, "en")).isGreaterThanOrEqualTo(50);
        assertThat(overall.categories().accuracy()).as("category precision and recall (micro)")
                .isGreaterThanOrEqualTo(REQUIRED);
        assertThat(overall.tiers().accuracy()).as("tier precision and recall (micro)").isGreaterThanOrEqualTo(REQUIRED);
    }

    private record Evaluation(ConfusionCounts<Category> categories, ConfusionCounts<Integer> tiers) {
    }

    private Evaluation evaluate(String name, List<LabelledComplaint> corpus) {
        ConfusionCounts<Category> categories = new ConfusionCounts<>();
        ConfusionCounts<Integer> tiers = new ConfusionCounts<>();
        List<String> misgraded = new ArrayList<>();
        for (LabelledComplaint complaint : corpus) {
            Classification classification = grader.classify(complaint.facts());
            Grade grade = grader.initialGrade(complaint.facts(), classification, null, null);
            categories.add(complaint.category(), grade.primaryCategory());
            tiers.add(complaint.tier(), grade.tier());
            if (grade.primaryCategory() != complaint.category() || grade.tier() != complaint.tier()) {
                misgraded.add(complaint.id() + ": expected " + complaint.category() + "/" + complaint.tier()
                        + ", graded " + grade.primaryCategory() + "/" + grade.tier());
            }
        }
        log.info("Grading {}: {} complaints ({} zh, {} en), rule set {}\n{}\n{}misgraded ({}):\n  {}", name,
                corpus.size(), count(corpus, "zh"), count(corpus, "en"), grader.ruleSetVersion(),
                categories.report("category"), tiers.report("tier"), misgraded.size(),
                String.join("\n  ", misgraded));
        return new Evaluation(categories, tiers);
    }

    private static long count(List<LabelledComplaint> corpus, String language) {
        return corpus.stream().filter(complaint -> complaint.language().equals(language)).count();
    }
}
