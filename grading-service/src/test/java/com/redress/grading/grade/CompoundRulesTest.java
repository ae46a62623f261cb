package com.redress.grading.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;
import com.redress.grading.category.Classification;
import com.redress.grading.rules.RuleHit;
import com.redress.grading.rules.RuleSetLoader;

class CompoundRulesTest {

    private static final String RULES = """
            version: "2026.01.1"
            categories:
              phrases:
                - {id: category.fraud.zh, description: Fraud, category: FRAUD, weight: 4, phrases: [被骗]}
                - {id: category.fraud.en, description: Fraud, category: FRAUD, weight: 4, phrases: [scam]}
                - {id: category.contract.zh, description: Contract, category: CONTRACT_LEGAL, phrases: [理财]}
            tiers:
              default: 3
              signals:
                - {id: tier.signal.mis-selling, description: Mis-selling, phrases: [保本, guaranteed]}
                - {id: tier.signal.staff, description: A member of staff, phrases: [客户经理, adviser]}
                - {id: tier.signal.own-account, description: Into a personal account, phrases: [他个人账户]}
              compounds:
                - id: tier.compound.large-loss
                  description: A large loss with fraud, mis-selling or a referral
                  tier: 1
                  all-of:
                    - amounts: {CNY: 50000, GBP: 5000}
                    - categories: [FRAUD]
                      signals: [tier.signal.mis-selling]
                      channels: [REGULATOR_REFERRAL]
                - id: tier.compound.staff-funds
                  description: A member of staff taking a customer's money
                  tier: 1
                  all-of: [{signals: [tier.signal.staff]}, {signals: [tier.signal.own-account]}]
            priority: {id: priority.segment, default: 3}
            repeat: {id: repeat.same-category, description: Repeat, window: P90D, tier: 4}
            negations:
              - {id: negation.zh, description: Denied, negators: [不是], window: 2, rules: [tier.signal.mis-selling]}
            """;

    private final Grader grader = new Grader(RuleSetLoader.load("compound-rules.yml", new StringReader(RULES)));

    @Test
    void shouldRaiseToTierOneWhenEveryConditionHoldsAndNameWhatMadeEachHold() {
        // Given a mis-sold product and a loss written only in the text
        Grade grade = grade("客户经理说这个理财是保本的，结果亏了8万。", Channel.BRANCH_COUNTER, null, null);

        // Then the compound rule fires and its evidence names the amount and the mis-selling
        assertThat(grade.tier()).isEqualTo(1);
        assertThat(grade.hits()).filteredOn(hit -> hit.ruleId().equals("tier.compound.large-loss")).singleElement()
                .extracting(RuleHit::evidence)
                .isEqualTo("'8万' in the text: CNY 80000 >= 50000 + tier.signal.mis-selling (保本)");
    }

    @Test
    void shouldWeighRegisteredAmountAndCategoryOrChannel() {
        // Given a scam with the loss registered by intake, and a referral by the regulator
        Grade scam = grade("I lost my savings in an investment scam.", Channel.EMAIL, "GBP", "60000");
        Grade referral = grade("The product was sold to me in 2024.", Channel.REGULATOR_REFERRAL, "GBP", "9000");

        // Then both are major, each for the fact that held
        assertThat(scam.tier()).isEqualTo(1);
        assertThat(scam.hits()).extracting(RuleHit::evidence)
                .contains("amountAtStake GBP 60000.0000 >= 5000 + primaryCategory FRAUD");
        assertThat(referral.tier()).isEqualTo(1);
        assertThat(referral.hits()).extracting(RuleHit::evidence)
                .contains("amountAtStake GBP 9000.0000 >= 5000 + channel REGULATOR_REFERRAL");
    }

    @Test
    void shouldNotFireWhenOneConditionFails() {
        // Given a large loss with nothing else, and mis-selling of a small amount
        Grade largeOnly = grade("My adviser moved £80,000 between my accounts late.", Channel.EMAIL, null, null);
        Grade smallMisSold = grade("The adviser said it was guaranteed; I lost £900.", Channel.EMAIL, null, null);

        // Then neither is raised
        assertThat(largeOnly.tier()).isEqualTo(3);
        assertThat(smallMisSold.tier()).isEqualTo(3);
    }

    @Test
    void shouldNotRecordFactOnlySignalThatDecidesNothingAlone() {
        // Given a complaint naming a member of staff, a fact only a compound rule weighs
        Grade grade = grade("客户经理态度一般。", Channel.BRANCH_COUNTER, null, null);

        // Then the fact is not listed and the case stays at the default tier
        assertThat(grade.tier()).isEqualTo(3);
        assertThat(grade.hits()).extracting(RuleHit::ruleId).doesNotContain("tier.signal.staff")
                .contains("tier.default");
    }

    @Test
    void shouldCombineFactsOfTwoSignalRules() {
        // Given a member of staff who had money moved into his own account
        Grade grade = grade("客户经理让我把钱转到他个人账户。", Channel.BRANCH_COUNTER, null, null);

        // Then the staff-funds compound fires on the two facts
        assertThat(grade.tier()).isEqualTo(1);
        assertThat(grade.hits()).extracting(RuleHit::evidence)
                .contains("tier.signal.staff (客户经理) + tier.signal.own-account (他个人账户)");
    }

    @Test
    void shouldNotCountDeniedFact() {
        // Given a customer who says the product was not sold as capital-protected
        Grade grade = grade("这个理财不是保本的，我知道有风险，亏了8万也认。", Channel.BRANCH_COUNTER, null, null);

        // Then the mis-selling fact is denied and the compound rule does not fire
        assertThat(grade.tier()).isEqualTo(3);
        assertThat(grade.hits()).extracting(RuleHit::evidence).contains("'不是保本' denies tier.signal.mis-selling");
    }

    private Grade grade(String text, Channel channel, String currency, String amount) {
        CaseFacts facts = new CaseFacts("c-1", "CMP-1", "r-1", "p-1", CustomerSegment.ORDINARY, channel, 0L,
                amount == null ? null : new BigDecimal(amount).setScale(4), currency, text, null);
        Classification classification = grader.classify(facts);
        return grader.initialGrade(facts, classification, null, null);
    }
}
