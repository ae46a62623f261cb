package com.redress.grading.topology;

import static com.redress.grading.Complaints.registration;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.redress.events.fixtures.RegisteredFixture;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.FiredRule;
import com.redress.events.intake.Channel;
import com.redress.grading.ProductionRules;

/** The tier-1 classes of docs/grading-labels.md, graded with the shipped rules, and what stays urgent. */
class MajorComplaintGradingTest {

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

    static Stream<Arguments> majorComplaints() {
        return Stream.of(
                Arguments.of("large loss written in the text with mis-selling (zh)", registration("m-1")
                        .text("理财经理说这款产品保本，我投了30万，现在只剩一半，当初根本没有告知风险。"),
                        "tier.compound.large-loss",
                        "'30万' in the text: CNY 300000 >= 50000 + tier.signal.mis-selling (保本, 没有告知风险)"),
                Arguments.of("large registered loss to fraud (en)", registration("m-2").amount("GBP", "7400")
                        .text("A caller pretending to be your fraud team had me move my savings to a new account."),
                        "tier.compound.large-loss", "amountAtStake GBP 7400.0000 >= 5000 + primaryCategory FRAUD"),
                Arguments.of("large loss referred by a regulator (channel)", registration("m-3")
                        .channel(Channel.REGULATOR_REFERRAL).amount("EUR", "15000")
                        .text("The customer disputes the early redemption of her bond."),
                        "tier.compound.large-loss", "amountAtStake EUR 15000.0000 >= 5000 + channel REGULATOR_REFERRAL"),
                Arguments.of("life savings lost to a scam (zh)", registration("m-4")
                        .text("我被网上的投资平台骗了，全部积蓄都没了。"),
                        "tier.compound.large-loss", "tier.signal.life-savings (全部积蓄) + primaryCategory FRAUD"),
                Arguments.of("staff moving money into a personal account (zh)", registration("m-5")
                        .text("客户经理趁我不注意，把我定期里的钱转到了他自己的账户。"),
                        "tier.compound.staff-funds",
                        "tier.signal.staff (客户经理) + tier.signal.funds-to-staff (转到了他自己的账户, 他自己的账户)"),
                Arguments.of("staff moving money into a personal account (en)", registration("m-6")
                        .text("My relationship manager transferred money from my ISA into his own account."),
                        "tier.compound.staff-funds",
                        "tier.signal.staff (relationship manager) + tier.signal.funds-to-staff (into his own account, own account)"),
                Arguments.of("systemic outage across a province (zh)", registration("m-7")
                        .text("今天上午全省的网点系统都瘫痪了，柜台办不了任何业务。"),
                        "tier.compound.systemic-outage",
                        "tier.signal.wide-scope (全省) + tier.signal.service-interruption (瘫痪)"),
                Arguments.of("systemic outage for everyone (en)", registration("m-8")
                        .text("Online banking has been down all morning and nobody can log in, not just me."),
                        "tier.compound.systemic-outage",
                        "tier.signal.wide-scope (nobody can) + tier.signal.service-interruption (all morning)"),
                Arguments.of("personal data known to a stranger (zh)", registration("m-9")
                        .text("一个陌生人打电话给我，能说出我的身份证号和最近几笔交易记录。"),
                        "tier.compound.data-in-strangers-hands",
                        "tier.signal.personal-data (身份证号, 交易记录) + tier.signal.stranger-holds (陌生人, 能说出)"),
                Arguments.of("personal data known to a stranger (en)", registration("m-10")
                        .text("A man I have never met rang me and knew my card number and my date of birth."),
                        "tier.compound.data-in-strangers-hands",
                        "tier.signal.personal-data (card number, date of birth) + tier.signal.stranger-holds (knew my)"),
                Arguments.of("several elderly customers harmed (zh)", registration("m-11")
                        .text("我们村有五位老人在你们网点被推销了同一款高风险保险。"),
                        "tier.compound.group-harmed", "tier.signal.several-people (五位老人)"),
                Arguments.of("several pensioners harmed (en)", registration("m-12")
                        .text("Several pensioners at our church were sold the same bond by your adviser."),
                        "tier.compound.group-harmed", "tier.signal.several-people (several pensioners)"),
                Arguments.of("referred complaint: own procedure not followed (en)", registration("m-13")
                        .text("The Financial Ombudsman says you did not follow your own complaint procedure."),
                        "tier.signal.regulatory-violation", "complaint procedure"),
                Arguments.of("referred complaint: rules not followed (zh)", registration("m-14")
                        .channel(Channel.REGULATOR_REFERRAL).text("监管转办：客户反映该行未按照规定处理其投诉。"),
                        "tier.compound.referred-violation",
                        "tier.signal.referral (监管转, 转办) + tier.signal.rules-not-followed (未按照)"),
                Arguments.of("misappropriated funds (zh)", registration("m-15")
                        .text("网点员工挪用了我存在柜台的十万块钱。"),
                        "tier.signal.misappropriation", "挪用"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("majorComplaints")
    void shouldGradeMajorAndNameWhatMadeItMajor(String kind, RegisteredFixture complaint, String ruleId,
            String evidence) {
        ComplaintGraded graded = driver.grade(complaint.build());

        assertThat(graded.getTier()).isEqualTo(1);
        assertThat(graded.getFiredRules()).anySatisfy(rule -> {
            assertThat(rule.getRuleId()).isEqualTo(ruleId);
            assertThat(rule.getEvidence()).isEqualTo(evidence);
        });
    }

    static Stream<Arguments> urgentOrGeneralComplaints() {
        return Stream.of(
                Arguments.of("an ordinary unauthorised debit", registration("u-1")
                        .text("Someone used my debit card for purchases I did not make, 3,200 yuan in total."), 2),
                Arguments.of("one customer's app down since the morning", registration("u-2")
                        .text("The app has been down since this morning, I cannot pay my rent."), 2),
                Arguments.of("data given away by the customer", registration("u-3")
                        .text("收到冒充银行的短信，我点了链接填了卡号和验证码，卡里少了两千块。"), 2),
                Arguments.of("balance read aloud to bystanders", registration("u-4")
                        .text("The clerk read my balance aloud in the queue."), 3),
                Arguments.of("an elderly customer alone", registration("u-5")
                        .text("The teller shouted at my 80-year-old mother."), 2),
                Arguments.of("mis-selling of a small amount", registration("u-6")
                        .text("客户经理说是保本的理财，结果亏了三千元。"), 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urgentOrGeneralComplaints")
    void shouldNotGradeMajorWithoutTheFactsThatMakeItMajor(String kind, RegisteredFixture complaint, int tier) {
        ComplaintGraded graded = driver.grade(complaint.build());

        assertThat(graded.getTier()).isEqualTo(tier);
        assertThat(graded.getFiredRules()).extracting(FiredRule::getRuleId)
                .noneMatch(id -> id.startsWith("tier.compound."));
    }
}
