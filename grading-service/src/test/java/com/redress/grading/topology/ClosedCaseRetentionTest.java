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

import com.redress.events.intake.CaseUpdateType;
import com.redress.grading.ProductionRules;
import com.redress.grading.metrics.GradingMetricNames;

class ClosedCaseRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(30);
    private static final Instant CLOSED_AT = MONDAY_MORNING.plus(Duration.ofDays(3));

    @TempDir
    Path stateDir;

    private GradingDriver driver;

    @BeforeEach
    void startDriver() {
        // the wall clock starts when the case is closed
        driver = new GradingDriver(ProductionRules.load(), stateDir,
                new CaseRetention(RETENTION, Duration.ofHours(1)), CLOSED_AT);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldDeletePerCaseStateOnceRetentionAfterClosureHasPassed() {
        // Given a graded case that was closed
        driver.grade(registration("case-1").receivedAt(MONDAY_MORNING).build());
        driver.update(update("case-1", CaseUpdateType.CLOSED, CLOSED_AT));

        // When the retention period has not yet passed, then everything about the case is still kept
        driver.advanceWallClock(RETENTION.minusHours(2));
        assertThat(caseStateKept("case-1")).isTrue();

        // When it has passed
        driver.advanceWallClock(Duration.ofHours(3));

        // Then the case's grade state, its directory entry and its expiry entries are gone
        assertThat(driver.storeHolds(CaseGradeProcessor.STORE, "case-1")).isFalse();
        assertThat(driver.storeHolds(CaseDirectoryProcessor.STORE, "case-1")).isFalse();
        assertThat(driver.storeHolds(ClosedCaseExpiry.dueByCaseStore(CaseGradeProcessor.STORE), "case-1")).isFalse();
        assertThat(driver.storeHolds(ClosedCaseExpiry.dueByCaseStore(CaseDirectoryProcessor.STORE), "case-1"))
                .isFalse();
        assertThat(driver.counter(GradingMetricNames.EXPIRED, GradingMetricNames.TAG_STORE, CaseGradeProcessor.STORE))
                .isEqualTo(1);
    }

    @Test
    void shouldKeepStateOfCaseReopenedBeforeRetentionPassed() {
        // Given a closed case that was reopened ten days later
        driver.grade(registration("case-2").receivedAt(MONDAY_MORNING).build());
        driver.update(update("case-2", CaseUpdateType.CLOSED, CLOSED_AT));
        driver.update(update("case-2", CaseUpdateType.REOPENED, CLOSED_AT.plus(Duration.ofDays(10))));

        // When far more than the retention period passes
        driver.advanceWallClock(RETENTION.multipliedBy(2));

        // Then the open case is still known
        assertThat(caseStateKept("case-2")).isTrue();
    }

    @Test
    void shouldKeepOpenCasesAndForgetOnlyTheClosedOne() {
        // Given two cases, one closed and one still open
        driver.grade(registration("case-open").receivedAt(MONDAY_MORNING).build());
        driver.grade(registration("case-closed").receivedAt(MONDAY_MORNING).build());
        driver.update(update("case-closed", CaseUpdateType.CLOSED, CLOSED_AT));

        // When the retention period passes
        driver.advanceWallClock(RETENTION.plusDays(1));

        // Then only the closed case is forgotten
        assertThat(caseStateKept("case-open")).isTrue();
        assertThat(driver.storeHolds(CaseGradeProcessor.STORE, "case-closed")).isFalse();
    }

    @Test
    void shouldForgetUpdatesOfCaseThatIsNeverRegistered() {
        // Given an update for a case whose registration never arrives
        driver.update(update("case-lost", CaseUpdateType.ACKNOWLEDGED, CLOSED_AT));
        assertThat(driver.storeHolds(CaseGradeProcessor.STORE, "case-lost")).isTrue();

        // When the retention period passes
        driver.advanceWallClock(RETENTION.plusHours(1));

        // Then the waiting update is not kept for ever
        assertThat(driver.storeHolds(CaseGradeProcessor.STORE, "case-lost")).isFalse();
    }

    @Test
    void shouldGradeCaseAgainIfItsRegistrationIsRedeliveredAfterItWasForgotten() {
        // Given a case forgotten after closure
        driver.grade(registration("case-3").receivedAt(MONDAY_MORNING).build());
        driver.update(update("case-3", CaseUpdateType.CLOSED, CLOSED_AT));
        driver.graded();
        driver.advanceWallClock(RETENTION.plusDays(1));

        // When its registration is delivered once more
        driver.register(registration("case-3").receivedAt(MONDAY_MORNING).build());

        // Then it is graded as new: the duplicate check only covers the retention period
        assertThat(driver.graded()).hasSize(1);
    }

    private boolean caseStateKept(String caseId) {
        return driver.storeHolds(CaseGradeProcessor.STORE, caseId)
                && driver.storeHolds(CaseDirectoryProcessor.STORE, caseId);
    }
}
