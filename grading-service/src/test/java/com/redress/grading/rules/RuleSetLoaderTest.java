package com.redress.grading.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.redress.events.grading.Category;
import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;
import com.redress.grading.ProductionRules;

class RuleSetLoaderTest {

    private static final String VALID = """
            version: "2026.01.1"
            categories:
              codes:
                CC-1: FRAUD
              phrases:
                - id: category.fraud.zh
                  description: Fraud
                  category: FRAUD
                  phrases: [盗刷, 诈骗]
            tiers:
              default: 3
              amounts:
                - id: tier.amount.major
                  description: Major loss
                  tier: 1
                  thresholds: {CNY: 500000}
              signals:
                - id: tier.signal.media
                  description: Media
                  tier: 1
                  phrases: [曝光]
            priority:
              id: priority.segment
              default: 3
              segments: {HIGH_NET_WORTH: 1}
            repeat:
              id: repeat.same-category
              description: Repeat
              window: P90D
              tier: 4
            surges:
              - id: surge.fraud
                description: Fraud wave
                category: FRAUD
                threshold: 20
                window: PT1H
            """;

    private static final String NEGATION = """
            negations:
              - id: negation.zh
                description: Denied
                negators: [不是, 没有]
                exceptions: [是不是]
                window: 2
                rules: [category.fraud.zh,
                  tier.signal.media]
            """;

    @Test
    void shouldLoadShippedRuleFile() {
        RuleSet rules = ProductionRules.load();

        assertThat(rules.version()).matches("\\d{4}\\.\\d{2}\\.\\d+");
        assertThat(rules.negations()).extracting(NegationRule::id).contains("negation.zh", "negation.en");
        assertThat(rules.repeat().window()).isEqualTo(Duration.ofDays(90));
        assertThat(rules.categoryPhrases()).extracting(CategoryPhraseRule::category)
                .contains(Category.PRODUCT_SERVICE_QUALITY, Category.FEES_CHARGES, Category.CONTRACT_LEGAL,
                        Category.INFORMATION_SECURITY, Category.FRAUD, Category.STAFF_CONDUCT,
                        Category.SYSTEM_CHANNEL_AVAILABILITY);
    }

    @Test
    void shouldReadEveryPartOfValidFile() {
        RuleSet rules = load(VALID);

        assertThat(rules.version()).isEqualTo("2026.01.1");
        assertThat(rules.categoryCodes()).containsEntry("CC-1", Category.FRAUD);
        assertThat(rules.categoryPhrases()).singleElement()
                .satisfies(rule -> assertThat(rule.phrases()).containsExactly("盗刷", "诈骗"));
        assertThat(rules.tiers().amounts().get(0).thresholdFor("CNY")).hasValueSatisfying(
                threshold -> assertThat(threshold).isEqualByComparingTo("500000"));
        assertThat(rules.priority().priorityOf(CustomerSegment.HIGH_NET_WORTH)).isEqualTo(1);
        assertThat(rules.priority().priorityOf(CustomerSegment.ORDINARY)).isEqualTo(3);
        assertThat(rules.surgeRuleFor(Category.FRAUD)).hasValueSatisfying(
                rule -> assertThat(rule.window()).isEqualTo(Duration.ofHours(1)));
        assertThat(rules.updates()).isEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            category: FRAUD       | category: FRUAD        | 8  | categories.phrases[0].category: unknown Category 'FRUAD'
            tier: 1               | tier: 5                | 15 | tiers.amounts[0].tier: must be between 1 and 4, was 5
            {CNY: 500000}         | {cny: 500000}          | 16 | tiers.amounts[0].thresholds.cny: not an ISO 4217 currency code
            {CNY: 500000}         | {CNY: -1}              | 16 | tiers.amounts[0].thresholds.CNY: must be a positive amount, was -1
            window: P90D          | window: 90 days        | 29 | repeat.window: expected an ISO-8601 duration such as P90D or PT10M, was '90 days'
            id: tier.signal.media | id: tier.amount.major  | 18 | tiers.signals[0].id: duplicate rule id 'tier.amount.major', first used on line 13
            phrases: [曝光]        | phrases: []            | 21 | tiers.signals[0].phrases: must list at least one phrase
            phrases: [曝光]        | phrasse: [曝光]         | 21 | tiers.signals[0].phrasse: unknown key
            threshold: 20         | threshold: many        | 35 | surges[0].threshold: expected a whole number, was 'many'
            surges:               | surge:                 | 31 | surge: unknown key
            """)
    void shouldRejectMistakeNamingFileLineAndReason(String valid, String mistake, int line, String reason) {
        String broken = VALID.replace(valid.strip(), mistake.strip());

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("test-rules.yml:" + line + ": " + reason)
                .satisfies(error -> assertThat(((RuleFileException) error).line()).isEqualTo(line));
    }

    @Test
    void shouldRejectMissingRequiredKeyAtItsParent() {
        String broken = VALID.replace("  default: 3\n  amounts:", "  amounts:");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(RuleFileException.class)
                .hasMessage("test-rules.yml:11: tiers: missing required key 'default'");
    }

    @Test
    void shouldRejectDuplicateKeyAtItsSecondUse() {
        String broken = VALID.replace("tiers:\n  default: 3\n", "tiers:\n  default: 3\n  default: 2\n");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(RuleFileException.class)
                .hasMessage("test-rules.yml:12: tiers.default: duplicate key");
    }

    @Test
    void shouldRejectInvalidYamlWithLine() {
        String broken = VALID.replace("  default: 3", "  default: [3");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("test-rules.yml:12: not valid YAML: expected ',' or ']'");
    }

    @Test
    void shouldRejectPatternThatDoesNotCompile() {
        String broken = VALID.replace("      phrases: [曝光]", "      phrases: [曝光]\n      patterns: ['aged (7\\d']");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("test-rules.yml:22: tiers.signals[0].patterns[0]: not a valid regular expression");
    }

    @Test
    void shouldRejectTextRuleWithoutPhrasesOrPatterns() {
        String broken = VALID.replace("      phrases: [曝光]\n", "");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(RuleFileException.class)
                .hasMessage("test-rules.yml:18: tiers.signals[0]: a text rule needs phrases, patterns or both");
    }

    @Test
    void shouldReadNegationRuleWithItsExceptions() {
        RuleSet rules = load(VALID + NEGATION);

        assertThat(rules.negations()).singleElement().satisfies(rule -> {
            assertThat(rule.negators()).containsExactly("不是", "没有");
            assertThat(rule.exceptions()).containsExactly("是不是");
            assertThat(rule.window()).isEqualTo(2);
            assertThat(rule.ruleIds()).containsExactlyInAnyOrder("category.fraud.zh", "tier.signal.media");
        });
    }

    @Test
    void shouldRejectNegationOfRuleThatDoesNotExist() {
        String broken = VALID + NEGATION.replace("tier.signal.media]", "tier.signal.press]");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(RuleFileException.class)
                .hasMessage("test-rules.yml:44: negations[0].rules[1]: 'tier.signal.press' is not the id of a category"
                        + " phrase rule or a tier signal rule");
    }

    private static final String COMPOUND = """
              compounds:
                - id: tier.compound.large-loss
                  description: A large loss with fraud or mis-selling
                  tier: 1
                  all-of:
                    - amounts: {CNY: 50000, GBP: 5000}
                    - categories: [FRAUD]
                      signals: [tier.signal.mis-selling]
                      channels: [REGULATOR_REFERRAL]
            """;

    private static final String FACT = """
                - id: tier.signal.mis-selling
                  description: Mis-selling, weighed by compound rules only
                  phrases: [保本]
            """;

    /** The valid file with a fact-only signal and a compound rule that weighs it (lines 22-24 and 25-33). */
    private static String withCompound(String compound) {
        return VALID.replace("priority:\n", FACT + compound + "priority:\n");
    }

    @Test
    void shouldReadCompoundRuleAndTheFactOnlySignalItWeighs() {
        RuleSet rules = load(withCompound(COMPOUND));

        assertThat(rules.tiers().compounds()).singleElement().satisfies(rule -> {
            assertThat(rule.tier()).isEqualTo(1);
            assertThat(rule.allOf()).hasSize(2);
            assertThat(rule.allOf().get(0).thresholdFor("GBP")).hasValueSatisfying(
                    threshold -> assertThat(threshold).isEqualByComparingTo("5000"));
            assertThat(rule.allOf().get(1).categories()).containsExactly(Category.FRAUD);
            assertThat(rule.allOf().get(1).signals()).containsExactly("tier.signal.mis-selling");
            assertThat(rule.allOf().get(1).channels()).containsExactly(Channel.REGULATOR_REFERRAL);
        });
        assertThat(rules.tiers().signals()).filteredOn(SignalRule::factOnly).extracting(SignalRule::id)
                .containsExactly("tier.signal.mis-selling");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            signals: [tier.signal.mis-selling] | signals: [tier.signal.missold]  | 32 | tiers.compounds[0].all-of[1].signals[0]: 'tier.signal.missold' is not the id of a tier signal rule
            amounts: {CNY: 50000, GBP: 5000}   | amounts: {}                     | 30 | tiers.compounds[0].all-of[0].amounts: must name at least one currency
            amounts: {CNY: 50000, GBP: 5000}   | amount: {CNY: 50000}            | 30 | tiers.compounds[0].all-of[0].amount: unknown key
            categories: [FRAUD]                | categories: [FRUAD]             | 31 | tiers.compounds[0].all-of[1].categories[0]: unknown Category 'FRUAD'
            channels: [REGULATOR_REFERRAL]     | channels: [REGULATOR]           | 33 | tiers.compounds[0].all-of[1].channels[0]: unknown Channel 'REGULATOR'
            tier: 1                            | tier: 0                         | 28 | tiers.compounds[0].tier: must be between 1 and 4, was 0
            id: tier.compound.large-loss       | id: tier.signal.media           | 26 | tiers.compounds[0].id: duplicate rule id 'tier.signal.media', first used on line 18
            """)
    void shouldRejectMistakeInCompoundRuleNamingFileLineAndReason(String valid, String mistake, int line,
            String reason) {
        String broken = withCompound(COMPOUND.replace(valid.strip(), mistake.strip()));

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("test-rules.yml:" + line + ": " + reason);
    }

    @Test
    void shouldRejectCompoundConditionThatNamesNoFact() {
        String broken = withCompound(COMPOUND.replace("    - amounts: {CNY: 50000, GBP: 5000}\n", "    - {}\n"));

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(RuleFileException.class)
                .hasMessage("test-rules.yml:30: tiers.compounds[0].all-of[0]: a condition needs amounts, signals,"
                        + " categories or channels");
    }

    @Test
    void shouldRejectCompoundRuleWithoutConditions() {
        String broken = withCompound(COMPOUND.substring(0, COMPOUND.indexOf("      all-of:")) + "      all-of: []\n");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(RuleFileException.class)
                .hasMessage("test-rules.yml:29: tiers.compounds[0].all-of: must list at least one condition");
    }

    @Test
    void shouldRejectFactOnlySignalThatNoCompoundRuleWeighs() {
        String broken = withCompound("");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(RuleFileException.class)
                .hasMessage("test-rules.yml:22: tiers.signals[1]: a signal rule needs a tier, a priority or both,"
                        + " unless a compound rule names it");
    }

    @Test
    void shouldRejectEmptyFile() {
        assertThatThrownBy(() -> load(""))
                .isInstanceOf(RuleFileException.class)
                .hasMessage("test-rules.yml:1: the file is empty");
    }

    private static RuleSet load(String yaml) {
        return RuleSetLoader.load("test-rules.yml", new StringReader(yaml));
    }
}
