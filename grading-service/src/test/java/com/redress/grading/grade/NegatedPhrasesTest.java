package com.redress.grading.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import com.redress.events.grading.Category;
import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;
import com.redress.grading.category.Classification;
import com.redress.grading.rules.RuleHit;
import com.redress.grading.rules.RuleSetLoader;

class NegatedPhrasesTest {

    private static final String RULES = """
            version: "2026.01.1"
            categories:
              phrases:
                - {id: category.fraud.zh, description: Fraud, category: FRAUD, weight: 4, phrases: [诈骗, 不是本人操作]}
                - {id: category.fees.zh, description: Fees, category: FEES_CHARGES, weight: 3, phrases: [手续费]}
                - {id: category.fraud.en, description: Fraud, category: FRAUD, weight: 4, phrases: [scam]}
                - {id: category.fees.en, description: Fees, category: FEES_CHARGES, weight: 3, phrases: [fee]}
            tiers:
              default: 3
              signals:
                - {id: tier.signal.media, description: Media, tier: 1, phrases: [曝光, the press]}
                - {id: tier.signal.regulatory-violation, description: Law, tier: 1, phrases: [违法]}
            priority: {id: priority.segment, default: 3}
            repeat: {id: repeat.same-category, description: Repeat, window: P90D, tier: 4}
            negations:
              - id: negation.zh
                description: A Chinese negator denies the phrase after it
                negators: [不是, 不想]
                exceptions: [是不是]
                window: 2
                rules: [category.fraud.zh, tier.signal.media, tier.signal.regulatory-violation]
              - id: negation.en
                description: An English negator denies the phrase after it
                negators: [not, "don't want to"]
                window: 16
                rules: [category.fraud.en, tier.signal.media]
            """;

    private final Grader grader = new Grader(RuleSetLoader.load("negation-rules.yml", new StringReader(RULES)));

    @Test
    void shouldNotCountDeniedPhraseAndSayWhyInTheEvidence() {
        // Given a complaint that says it is not about fraud but about a fee
        Grade grade = grade("这不是诈骗，只是每个月都被扣手续费。");

        // Then fraud is no evidence, the fee decides, and the denial is explained
        assertThat(grade.primaryCategory()).isEqualTo(Category.FEES_CHARGES);
        assertThat(grade.secondaryCategories()).isEmpty();
        assertThat(grade.hits()).extracting(RuleHit::ruleId).doesNotContain("category.fraud.zh");
        assertThat(grade.hits()).filteredOn(hit -> hit.ruleId().equals("negation.zh")).singleElement()
                .extracting(RuleHit::evidence).isEqualTo("'不是诈骗' denies category.fraud.zh");
    }

    @Test
    void shouldNotTreatNegatorInsideThePhraseAsDenial() {
        // Given the fraud phrase 不是本人操作, which itself begins with a negator
        Grade grade = grade("这几笔消费不是本人操作。");

        // Then it is fraud
        assertThat(grade.primaryCategory()).isEqualTo(Category.FRAUD);
    }

    @Test
    void shouldCountPhraseWhereItIsAlsoAffirmedLaterInTheText() {
        // Given a fraud phrase denied once and affirmed in another clause
        Grade grade = grade("一开始我以为不是诈骗，后来才发现就是诈骗。");

        // Then it counts, and nothing is reported as denied
        assertThat(grade.primaryCategory()).isEqualTo(Category.FRAUD);
        assertThat(grade.hits()).extracting(RuleHit::ruleId).doesNotContain("negation.zh");
    }

    @Test
    void shouldLetClauseBreakEndTheNegatorsReach() {
        // Given an English complaint denying a scam, then complaining about a fee in the next clause
        Grade grade = grade("This is not a scam, but your fee is.");

        // Then the scam is denied and the fee counts
        assertThat(grade.primaryCategory()).isEqualTo(Category.FEES_CHARGES);
        assertThat(grade.hits()).extracting(RuleHit::evidence).contains("'not a scam' denies category.fraud.en");
    }

    @Test
    void shouldNotRaiseTierForDeniedThreat() {
        // Given customers who say they do not want to go public
        Grade english = grade("I don't want to go to the press, just refund the fee.");
        Grade chinese = grade("我不想曝光，退手续费就行。");

        // Then the media signal does not fire
        assertThat(english.tier()).isEqualTo(3);
        assertThat(chinese.tier()).isEqualTo(3);
        assertThat(english.hits()).extracting(RuleHit::ruleId).contains("negation.en")
                .doesNotContain("tier.signal.media");
    }

    @Test
    void shouldNotTakeQuestionForDenial() {
        // Given 是不是违法 ("is this illegal?"), which contains the negator 不是
        Grade grade = grade("这样收手续费是不是违法？");

        // Then the alleged violation counts
        assertThat(grade.tier()).isEqualTo(1);
    }

    private Grade grade(String text) {
        CaseFacts facts = new CaseFacts("c-1", "CMP-1", "r-1", "p-1", CustomerSegment.ORDINARY, Channel.MOBILE_BANKING,
                0L, null, null, text, null);
        Classification classification = grader.classify(facts);
        return grader.initialGrade(facts, classification, null, null);
    }
}
