package com.redress.grading.topology;

import static com.redress.grading.Complaints.MONDAY_MORNING;
import static com.redress.grading.Complaints.newLoss;
import static com.redress.grading.Complaints.registration;
import static com.redress.grading.Complaints.tierChange;
import static com.redress.grading.Complaints.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.FiredRule;
import com.redress.events.grading.GradingReason;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;
import com.redress.grading.ProductionRules;
import com.redress.grading.metrics.GradingMetricNames;

class RegradingTest {

    private static final Instant NEXT_DAY = MONDAY_MORNING.plus(Duration.ofDays(1));

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
    void shouldRaiseGeneralCaseToUrgentOnRegulatorReferral() {
        // Given a general complaint
        ComplaintGraded initial = driver.grade(registration("c-1").text("网点排队等了两个小时。").build());

        // When the regulator refers it
        driver.update(update("c-1", CaseUpdateType.REGULATOR_REFERRAL, NEXT_DAY));

        // Then it is re-graded urgent, naming the previous tier and the reason
        List<ComplaintGraded> regraded = driver.graded();
        assertThat(regraded).singleElement().satisfies(graded -> {
            assertThat(graded.getTier()).isEqualTo(2);
            assertThat(graded.getPreviousTier()).isEqualTo(3);
            assertThat(graded.getGradingReason()).isEqualTo(GradingReason.REGRADED_REGULATOR);
            assertThat(graded.getEventId()).isNotEqualTo(initial.getEventId());
            assertThat(graded.getFiredRules()).extracting(FiredRule::getRuleId).contains("update.regulator-referral");
            assertThat(graded.getFiredRules().get(graded.getFiredRules().size() - 1).getEvidence())
                    .isEqualTo("update REGULATOR_REFERRAL at 2026-03-17T01:30:00Z");
        });
        assertThat(driver.counter(GradingMetricNames.REGRADED, "reason", "REGRADED_REGULATOR", "tier", "2"))
                .isEqualTo(1);
    }

    @Test
    void shouldRaiseOnEscalation() {
        driver.grade(registration("c-2").text("网点排队等了两个小时。").build());

        driver.update(update("c-2", CaseUpdateType.ESCALATED, NEXT_DAY));

        assertThat(driver.graded()).singleElement().satisfies(graded -> {
            assertThat(graded.getTier()).isEqualTo(2);
            assertThat(graded.getGradingReason()).isEqualTo(GradingReason.REGRADED_UPDATE);
        });
    }

    @Test
    void shouldRaiseWhenNewLossTakesAmountAtStakeOverThreshold() {
        // Given a general complaint about CNY 10,000
        driver.grade(registration("c-3").amount("CNY", "10000").text("理财产品到期不兑付。").build());

        // When the customer reports a further loss of CNY 45,000
        driver.update(newLoss("c-3", NEXT_DAY, "CNY", "45000"));

        // Then the total crosses the urgent threshold of CNY 50,000
        assertThat(driver.graded()).singleElement().satisfies(graded -> {
            assertThat(graded.getTier()).isEqualTo(2);
            assertThat(graded.getFiredRules()).anySatisfy(rule -> {
                assertThat(rule.getRuleId()).isEqualTo("tier.amount.urgent");
                assertThat(rule.getEvidence()).isEqualTo("amountAtStake after new loss CNY 55000.0000 >= 50000");
            });
        });
    }

    @Test
    void shouldRaiseWhenHandlersNoteCarriesSignal() {
        driver.grade(registration("c-4").text("网点排队等了两个小时。").build());

        driver.update(update("c-4", CaseUpdateType.CUSTOMER_REPLIED, NEXT_DAY, "客户表示如不解决将联系电视台曝光。"));

        assertThat(driver.graded()).singleElement()
                .satisfies(graded -> assertThat(graded.getTier()).isEqualTo(1));
    }

    @Test
    void shouldEmitNothingWhenUpdateDoesNotChangeGrade() {
        // Given a major case
        driver.grade(registration("c-5").text("再不解决我就找记者曝光你们。").build());

        // When it is acknowledged and then referred by the regulator (which means at least tier 2)
        driver.update(update("c-5", CaseUpdateType.ACKNOWLEDGED, NEXT_DAY));
        driver.update(update("c-5", CaseUpdateType.REGULATOR_REFERRAL, NEXT_DAY.plusSeconds(60)));

        // Then the tier is not lowered and no grade is emitted
        assertThat(driver.graded()).isEmpty();
    }

    @Test
    void shouldLowerTierOnlyOnExplicitRequestWithReason() {
        // Given a major case
        driver.grade(registration("c-6").text("再不解决我就找记者曝光你们。").build());

        // When a handler asks for tier 3 without a reason, then with one
        driver.update(tierChange("c-6", NEXT_DAY, 3, " "));
        List<ComplaintGraded> withoutReason = driver.graded();
        driver.update(tierChange("c-6", NEXT_DAY.plusSeconds(60), 3, "客户已撤回曝光表述，问题为一般排队投诉。"));
        List<ComplaintGraded> withReason = driver.graded();

        // Then only the justified request lowers the tier, recorded as an explicit lowering
        assertThat(withoutReason).isEmpty();
        assertThat(withReason).singleElement().satisfies(graded -> {
            assertThat(graded.getTier()).isEqualTo(3);
            assertThat(graded.getPreviousTier()).isEqualTo(1);
            assertThat(graded.getGradingReason()).isEqualTo(GradingReason.EXPLICIT_LOWERING);
            assertThat(graded.getFiredRules().get(graded.getFiredRules().size() - 1).getEvidence())
                    .contains("requested tier 3").contains("客户已撤回曝光表述");
        });
    }

    @Test
    void shouldRegradeOnceWhenUpdateIsRedelivered() {
        driver.grade(registration("c-7").text("网点排队等了两个小时。").build());
        CaseUpdate referral = update("c-7", CaseUpdateType.REGULATOR_REFERRAL, NEXT_DAY);

        driver.update(referral);
        driver.update(referral);

        assertThat(driver.graded()).hasSize(1);
        assertThat(driver.counter(GradingMetricNames.DUPLICATES, "kind", "update")).isEqualTo(1);
    }

    @Test
    void shouldApplyUpdateThatArrivesBeforeRegistrationRightAfterFirstGrade() {
        // Given a referral that overtakes its case's registration
        driver.update(update("c-8", CaseUpdateType.REGULATOR_REFERRAL, MONDAY_MORNING.minusSeconds(1)));
        assertThat(driver.graded()).isEmpty();

        // When the registration arrives
        driver.register(registration("c-8").text("网点排队等了两个小时。").build());

        // Then the first grade is followed by the re-grade
        assertThat(driver.graded()).extracting(ComplaintGraded::getGradingReason, ComplaintGraded::getTier)
                .containsExactly(tuple(GradingReason.INITIAL, 3),
                        tuple(GradingReason.REGRADED_REGULATOR, 2));
    }
}
