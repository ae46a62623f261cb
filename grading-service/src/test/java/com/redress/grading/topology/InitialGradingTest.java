package com.redress.grading.topology;

import static com.redress.grading.Complaints.MONDAY_MORNING;
import static com.redress.grading.Complaints.registration;
import static com.redress.grading.Complaints.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.redress.events.fixtures.RegisteredFixture;
import com.redress.events.grading.Category;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.FiredRule;
import com.redress.events.grading.GradingReason;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;
import com.redress.grading.ProductionRules;
import com.redress.grading.metrics.GradingMetricNames;

class InitialGradingTest {

    @TempDir
    Path stateDir;

    private GradingDriver driver;

    @BeforeEach
    void startDriver() {
        driver = new GradingDriver(ProductionRules.load(), stateDir);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldGradeGeneralComplaintAndExplainEveryDecision() {
        // Given a complaint about queueing at a branch
        RegisteredFixture complaint = registration("c-1").text("网点排队等了两个小时，只开了一个窗口，办理效率太低。");

        // When it is registered
        ComplaintGraded graded = driver.grade(complaint.build());

        // Then it is a general product and service complaint, explained by the rules that fired
        assertThat(graded.getCaseId()).isEqualTo("c-1");
        assertThat(graded.getCaseNumber()).isEqualTo("CMP-20260316-c-1");
        assertThat(graded.getPrimaryCategory()).isEqualTo(Category.PRODUCT_SERVICE_QUALITY);
        assertThat(graded.getTier()).isEqualTo(3);
        assertThat(graded.getPriority()).isEqualTo(3);
        assertThat(graded.getPreviousTier()).isNull();
        assertThat(graded.getGradingReason()).isEqualTo(GradingReason.INITIAL);
        assertThat(graded.getRuleSetVersion()).isEqualTo(ProductionRules.load().version());
        assertThat(graded.getFiredRules()).extracting(FiredRule::getRuleId)
                .containsExactly("category.service-words.zh", "category.service.zh", "priority.segment",
                        "tier.default");
        assertThat(graded.getFiredRules().get(1).getEvidence()).isEqualTo("排队, 等了, 窗口, 办理, 效率");
        assertThat(driver.counter(GradingMetricNames.GRADED, "category", "PRODUCT_SERVICE_QUALITY", "tier", "3",
                "reason", "INITIAL")).isEqualTo(1);
    }

    @Test
    void shouldTakeCategoryFromTrustedChannelCodeAndKeepTextCategoriesAsSecondary() {
        // Given a complaint whose channel coded it as fees, with a text about queueing
        RegisteredFixture complaint = registration("c-2").categoryCode("CC-0200")
                .text("排队等了一个小时才办理，结果还多扣了一笔手续费。");

        // When it is registered
        ComplaintGraded graded = driver.grade(complaint.build());

        // Then the code decides the primary category and the text adds the secondary one
        assertThat(graded.getPrimaryCategory()).isEqualTo(Category.FEES_CHARGES);
        assertThat(graded.getSecondaryCategories()).containsExactly(Category.PRODUCT_SERVICE_QUALITY);
        assertThat(graded.getFiredRules().get(0).getRuleId()).isEqualTo("category.channel-code");
        assertThat(graded.getFiredRules().get(0).getEvidence()).isEqualTo("channelCategoryCode CC-0200 -> FEES_CHARGES");
    }

    @Test
    void shouldIgnoreUnknownChannelCodeAndClassifyByText() {
        ComplaintGraded graded = driver.grade(registration("c-3").categoryCode("X-99")
                .text("My credit card was used for three transactions I did not make. This is fraud.").build());

        assertThat(graded.getPrimaryCategory()).isEqualTo(Category.FRAUD);
        assertThat(graded.getFiredRules()).extracting(FiredRule::getRuleId).doesNotContain("category.channel-code");
    }

    @Test
    void shouldFallBackToOtherWhenNoCategoryRuleFires() {
        ComplaintGraded graded = driver.grade(registration("c-4").text("你好，在吗？").build());

        assertThat(graded.getPrimaryCategory()).isEqualTo(Category.OTHER);
        assertThat(graded.getSecondaryCategories()).isEmpty();
        assertThat(graded.getFiredRules().get(0).getRuleId()).isEqualTo("category.fallback");
    }

    static Stream<Arguments> tierRules() {
        return Stream.of(
                Arguments.of("media threat (zh)", registration("t-1").text("再不解决我就找记者曝光你们。"),
                        1, "tier.signal.media", "记者, 曝光"),
                Arguments.of("media threat (en)", registration("t-2")
                        .text("If this is not fixed by Friday I will go to the media."), 1, "tier.signal.media",
                        "go to the media"),
                Arguments.of("regulator hotline", registration("t-3").text("办理贷款太慢，我已经打了12378。"),
                        2, "tier.signal.regulator", "12378"),
                Arguments.of("regulator hotline in full-width digits", registration("t-4")
                        .text("办理贷款太慢，我已经打了１２３７８。"), 2, "tier.signal.regulator", "12378"),
                Arguments.of("regulator name", registration("t-5")
                        .text("The branch refused to close my account. I will take this to the Financial Ombudsman."),
                        2, "tier.signal.regulator", "financial ombudsman"),
                Arguments.of("litigation", registration("t-6")
                        .text("Your mortgage team lost my documents twice. My solicitor will be in touch."),
                        2, "tier.signal.litigation", "solicitor"),
                Arguments.of("many victims", registration("t-7").text("很多人都被扣了这笔年费，你们这是乱收费。"),
                        1, "tier.signal.many-victims", "很多人"),
                Arguments.of("account frozen", registration("t-8").text("我的账户被冻结了，工资卡用不了。"),
                        2, "tier.signal.account-frozen", "被冻结"),
                Arguments.of("data leak", registration("t-9").text("贵行泄露了我的个人信息，现在每天都有骚扰电话。"),
                        1, "tier.signal.data-leak", "泄露了我的"),
                Arguments.of("funds lost", registration("t-15").text("工资卡里的钱不见了，我没有取过。"),
                        2, "tier.signal.funds-lost", "卡里的钱, 钱不见了"),
                Arguments.of("service interruption", registration("t-16")
                        .text("Third outage this week on your app and I still cannot log in."), 2,
                        "tier.signal.service-interruption", "outage"),
                Arguments.of("consumer association", registration("t-17").text("办理业务等了三个小时，我要打12315。"),
                        2, "tier.signal.consumer-body", "12315"),
                Arguments.of("alleged regulatory violation", registration("t-18")
                        .text("你们未经同意给我办理贷款，这是违法的。"), 1, "tier.signal.regulatory-violation", "违法"),
                Arguments.of("age pattern", registration("t-19").text("我母亲今年78岁，在网点排队等了两个小时。"),
                        2, "tier.signal.vulnerable", "78岁"),
                Arguments.of("category", registration("t-10").text("信用卡被盗刷了三笔。"),
                        2, "tier.category.fraud", "primaryCategory FRAUD"),
                Arguments.of("major amount in CNY", registration("t-11").amount("CNY", "600000")
                        .text("理财产品到期不兑付。"), 1, "tier.amount.major",
                        "amountAtStake CNY 600000.0000 >= 500000"),
                Arguments.of("urgent amount in USD", registration("t-12").amount("USD", "8000")
                        .text("A wire transfer has not arrived."), 2, "tier.amount.urgent",
                        "amountAtStake USD 8000.0000 >= 7000"),
                Arguments.of("regulator referral channel", registration("t-13").channel(Channel.REGULATOR_REFERRAL)
                        .text("客户反映网点排队时间过长。"), 2, "tier.channel.regulator-referral",
                        "channel REGULATOR_REFERRAL"),
                Arguments.of("complaint through the media", registration("t-14").channel(Channel.MEDIA)
                        .text("网点排队时间过长。"), 1, "tier.channel.media", "channel MEDIA"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tierRules")
    void shouldRaiseTierWhenTierRuleFires(String ruleKind, RegisteredFixture complaint, int expectedTier, String ruleId,
            String evidence) {
        ComplaintGraded graded = driver.grade(complaint.build());

        assertThat(graded.getTier()).isEqualTo(expectedTier);
        assertThat(graded.getFiredRules()).anySatisfy(rule -> {
            assertThat(rule.getRuleId()).isEqualTo(ruleId);
            assertThat(rule.getEvidence()).isEqualTo(evidence);
        });
        assertThat(graded.getFiredRules()).extracting(FiredRule::getRuleId).doesNotContain("tier.default");
    }

    @Test
    void shouldNotJudgeAmountBelowThresholdOrInCurrencyWithoutThreshold() {
        ComplaintGraded belowThreshold = driver.grade(registration("a-1").customer("cust-a1").amount("CNY", "8000")
                .text("理财产品到期不兑付。").build());
        ComplaintGraded noThreshold = driver.grade(registration("a-2").customer("cust-a2").amount("KWD", "900000")
                .text("理财产品到期不兑付。").build());

        assertThat(belowThreshold.getTier()).isEqualTo(3);
        assertThat(noThreshold.getTier()).isEqualTo(3);
    }

    @Test
    void shouldNotMatchEnglishPhraseInsideAnotherWord() {
        // "app" is an availability phrase, "sue" a litigation one: neither is in "happy" or "issue"
        ComplaintGraded graded = driver.grade(registration("w-1")
                .text("I am not happy that the issue with my statement is still not resolved after three weeks.")
                .build());

        assertThat(graded.getPrimaryCategory()).isEqualTo(Category.PRODUCT_SERVICE_QUALITY);
        assertThat(graded.getTier()).isEqualTo(3);
    }

    @Test
    void shouldShapePriorityWithinTierBySegmentAndVulnerability() {
        ComplaintGraded wealthy = driver.grade(registration("p-1").customer("cust-p1").segment(CustomerSegment.HIGH_NET_WORTH)
                .text("网点排队等了两个小时。").build());
        ComplaintGraded affluent = driver.grade(registration("p-2").customer("cust-p2").segment(CustomerSegment.MASS_AFFLUENT)
                .text("网点排队等了两个小时。").build());
        ComplaintGraded elderly = driver.grade(registration("p-3").customer("cust-p3").segment(CustomerSegment.ORDINARY)
                .text("我父亲八十多岁了，在网点排队等了两个小时。").build());

        assertThat(wealthy.getTier()).isEqualTo(3);
        assertThat(wealthy.getPriority()).isEqualTo(1);
        assertThat(affluent.getPriority()).isEqualTo(2);
        assertThat(elderly.getTier()).isEqualTo(2);
        assertThat(elderly.getPriority()).isEqualTo(1);
    }

    @Test
    void shouldKeyRepeatStepByCustomerAndGradingStepByCase() {
        // Given a complaint and an update of one case
        driver.register(registration("k-1").customer("cust-k").text("网点排队等了两个小时。").build());
        driver.update(update("k-1", CaseUpdateType.ESCALATED, MONDAY_MORNING));

        // Then repeat detection sees it under the customer, grading under the case, so each store has one owner
        assertThat(driver.repartitionKeys(GradingTopology.BY_CUSTOMER)).containsExactly("cust-k");
        assertThat(driver.repartitionKeys(GradingTopology.BY_CASE)).containsExactly("k-1", "k-1");
    }

    @Test
    void shouldEmitOneGradeWhenRegistrationIsRedelivered() {
        // Given a registered complaint
        var complaint = registration("r-1").text("网点排队等了两个小时。").build();
        driver.grade(complaint);

        // When intake delivers the same registration again
        driver.register(complaint);

        // Then no second grade is emitted
        assertThat(driver.graded()).isEmpty();
        assertThat(driver.counter(GradingMetricNames.DUPLICATES, "kind", "registered")).isEqualTo(1);
    }
}
