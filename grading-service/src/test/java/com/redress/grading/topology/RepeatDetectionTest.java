package com.redress.grading.topology;

import static com.redress.grading.Complaints.MONDAY_MORNING;
import static com.redress.grading.Complaints.registration;
import static com.redress.grading.Complaints.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.redress.events.grading.Category;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdateType;
import com.redress.grading.ProductionRules;
import com.redress.grading.metrics.GradingMetricNames;

class RepeatDetectionTest {

    private static final String FEE_COMPLAINT = "信用卡年费没有提前告知就扣了，要求退还年费。";
    private static final String FEE_COMPLAINT_AGAIN = "上次投诉的年费问题还是没解决，又扣了一次年费。";

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
    void shouldFlagRepeatWithinWindowAndMergeIntoOpenEarlierCase() {
        // Given a fee complaint of a customer that is still open
        driver.grade(registration("first").customer("cust-1").text(FEE_COMPLAINT).build());

        // When the same customer complains about fees again 30 days later
        ComplaintGraded repeat = driver.grade(registration("second").customer("cust-1")
                .receivedAt(days(30)).text(FEE_COMPLAINT_AGAIN).build());

        // Then it is a tier 4 repeat linked to, and merged into, the earlier case
        assertThat(repeat.getPrimaryCategory()).isEqualTo(Category.FEES_CHARGES);
        assertThat(repeat.getTier()).isEqualTo(4);
        assertThat(repeat.getRepeatLink().getEarlierCaseIds()).containsExactly("first");
        assertThat(repeat.getRepeatLink().getMergedIntoCaseId()).isEqualTo("first");
        assertThat(repeat.getFiredRules()).anySatisfy(rule -> {
            assertThat(rule.getRuleId()).isEqualTo("repeat.same-category");
            assertThat(rule.getEvidence()).isEqualTo("earlier cases first within PT2160H; merged into open case first");
        });
        assertThat(driver.counter(GradingMetricNames.REPEATS, "category", "FEES_CHARGES", "merged", "true"))
                .isEqualTo(1);
    }

    @Test
    void shouldLinkButNotMergeWhenEarlierCaseIsClosed() {
        driver.grade(registration("first").customer("cust-2").text(FEE_COMPLAINT).build());
        driver.update(update("first", CaseUpdateType.CLOSED, days(10)));

        ComplaintGraded repeat = driver.grade(registration("second").customer("cust-2")
                .receivedAt(days(30)).text(FEE_COMPLAINT_AGAIN).build());

        assertThat(repeat.getTier()).isEqualTo(4);
        assertThat(repeat.getRepeatLink().getEarlierCaseIds()).containsExactly("first");
        assertThat(repeat.getRepeatLink().getMergedIntoCaseId()).isNull();
    }

    @Test
    void shouldMergeAgainWhenEarlierCaseIsReopened() {
        driver.grade(registration("first").customer("cust-3").text(FEE_COMPLAINT).build());
        driver.update(update("first", CaseUpdateType.CLOSED, days(10)));
        driver.update(update("first", CaseUpdateType.REOPENED, days(12)));

        ComplaintGraded repeat = driver.grade(registration("second").customer("cust-3")
                .receivedAt(days(30)).text(FEE_COMPLAINT_AGAIN).build());

        assertThat(repeat.getRepeatLink().getMergedIntoCaseId()).isEqualTo("first");
    }

    @Test
    void shouldNotFlagRepeatOutsideWindow() {
        driver.grade(registration("first").customer("cust-4").text(FEE_COMPLAINT).build());

        ComplaintGraded later = driver.grade(registration("second").customer("cust-4")
                .receivedAt(days(91)).text(FEE_COMPLAINT_AGAIN).build());

        assertThat(later.getTier()).isEqualTo(3);
        assertThat(later.getRepeatLink()).isNull();
    }

    @Test
    void shouldNotFlagRepeatForAnotherCategoryOrAnotherCustomer() {
        driver.grade(registration("first").customer("cust-5").text(FEE_COMPLAINT).build());

        ComplaintGraded otherCategory = driver.grade(registration("second").customer("cust-5")
                .receivedAt(days(5)).text("网点排队等了两个小时。").build());
        ComplaintGraded otherCustomer = driver.grade(registration("third").customer("cust-6")
                .receivedAt(days(5)).text(FEE_COMPLAINT_AGAIN).build());

        assertThat(otherCategory.getRepeatLink()).isNull();
        assertThat(otherCustomer.getRepeatLink()).isNull();
    }

    @Test
    void shouldKeepMoreSevereTierOfRepeatAndStillLinkIt() {
        driver.grade(registration("first").customer("cust-7").text(FEE_COMPLAINT).build());

        ComplaintGraded repeat = driver.grade(registration("second").customer("cust-7").receivedAt(days(3))
                .text("年费问题第二次投诉了，再不退我就打12378。").build());

        assertThat(repeat.getTier()).isEqualTo(2);
        assertThat(repeat.getRepeatLink().getEarlierCaseIds()).containsExactly("first");
    }

    @Test
    void shouldListEveryEarlierCaseOldestFirst() {
        driver.grade(registration("first").customer("cust-8").text(FEE_COMPLAINT).build());
        driver.grade(registration("second").customer("cust-8").receivedAt(days(20)).text(FEE_COMPLAINT_AGAIN).build());

        ComplaintGraded third = driver.grade(registration("third").customer("cust-8").receivedAt(days(40))
                .text(FEE_COMPLAINT_AGAIN).build());

        assertThat(third.getRepeatLink().getEarlierCaseIds()).containsExactly("first", "second");
        assertThat(third.getRepeatLink().getMergedIntoCaseId()).isEqualTo("first");
    }

    private static Instant days(int days) {
        return MONDAY_MORNING.plus(Duration.ofDays(days));
    }
}
