package com.redress.platform.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.redress.events.fixtures.EventFixtures;
import com.redress.events.intake.CaseStage;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;

/** Every stage × every update type, against the table a case handler reads in docs/security.md. */
class CaseLifecycleTest {

    private static final List<CaseStage> STAGES =
            List.of(CaseStage.OPEN, CaseStage.IN_APPRAISAL, CaseStage.RESOLVED, CaseStage.CLOSED);

    /** Rows: the update; columns: the stage it arrives in; cells: the stage after it, or 409 when refused. */
    private static final String EXPECTED = """
            | update | OPEN | IN_APPRAISAL | RESOLVED | CLOSED |
            |---|---|---|---|---|
            | ACKNOWLEDGED | OPEN | IN_APPRAISAL | 409 | 409 |
            | RESPONDED | OPEN | IN_APPRAISAL | RESOLVED | 409 |
            | AWAITING_CUSTOMER | OPEN | IN_APPRAISAL | 409 | 409 |
            | CUSTOMER_REPLIED | OPEN | IN_APPRAISAL | RESOLVED | 409 |
            | ESCALATED | OPEN | IN_APPRAISAL | 409 | 409 |
            | RESOLVED | RESOLVED | 409 | 409 | 409 |
            | CLOSED | 409 | 409 | CLOSED | 409 |
            | REOPENED | 409 | 409 | OPEN | OPEN |
            | REGULATOR_REFERRAL | OPEN | IN_APPRAISAL | RESOLVED | CLOSED |
            | EXTENSION_GRANTED | OPEN | IN_APPRAISAL | 409 | 409 |
            | APPRAISAL_STARTED | IN_APPRAISAL | 409 | 409 | 409 |
            | APPRAISAL_ENDED | 409 | OPEN | 409 | 409 |
            | TIER_CHANGE_REQUESTED | OPEN | IN_APPRAISAL | 409 | 409 |
            | NEW_LOSS_REPORTED | OPEN | IN_APPRAISAL | 409 | 409 |
            """;

    @Test
    void shouldAllowExactlyTheTransitionsOfTheTableForEveryStageAndUpdateType() {
        assertThat(rendered()).isEqualTo(EXPECTED);
    }

    @Test
    void shouldBeTheTableDocumentedForCaseHandlers() throws IOException {
        String security = Files.readString(Path.of("..", "docs", "security.md"), StandardCharsets.UTF_8);

        assertThat(security).as("docs/security.md holds the lifecycle table as CaseLifecycle has it")
                .contains(rendered());
    }

    @Test
    void shouldStartEveryCaseOpenAndAllowNothingFromAnUnknownStage() {
        assertThat(CaseLifecycle.initial()).isEqualTo(CaseStage.OPEN);
        assertThat(CaseLifecycle.allowedFrom(CaseStage.UNKNOWN)).isEmpty();
        for (CaseStage stage : STAGES) {
            assertThat(CaseLifecycle.next(stage, CaseUpdateType.UNKNOWN)).isEmpty();
        }
    }

    @Test
    void shouldListTheUpdatesAStageAllowsInTheContractsOrder() {
        assertThat(CaseLifecycle.allowedFrom(CaseStage.CLOSED))
                .containsExactly(CaseUpdateType.REOPENED, CaseUpdateType.REGULATOR_REFERRAL);
    }

    @Test
    void shouldTakeTheStageAnUpdateCarriesAndDeriveItForOlderUpdatesWithoutRejectingHistory() {
        assertThat(CaseLifecycle.stageAfter(CaseStage.OPEN, update(CaseUpdateType.RESOLVED, CaseStage.RESOLVED)))
                .isEqualTo(CaseStage.RESOLVED);
        // written before stages existed: the lifecycle's stage
        assertThat(CaseLifecycle.stageAfter(CaseStage.RESOLVED, update(CaseUpdateType.CLOSED, null)))
                .isEqualTo(CaseStage.CLOSED);
        // an old sequence the lifecycle would refuse today leaves the stage as it was
        assertThat(CaseLifecycle.stageAfter(CaseStage.OPEN, update(CaseUpdateType.CLOSED, null)))
                .isEqualTo(CaseStage.OPEN);
    }

    private static String rendered() {
        StringBuilder table = new StringBuilder("| update |");
        STAGES.forEach(stage -> table.append(' ').append(stage).append(" |"));
        table.append('\n').append("|---|").append("---|".repeat(STAGES.size())).append('\n');
        for (CaseUpdateType type : CaseUpdateType.values()) {
            if (type == CaseUpdateType.UNKNOWN) {
                continue;
            }
            table.append("| ").append(type).append(" |");
            for (CaseStage stage : STAGES) {
                table.append(' ').append(CaseLifecycle.next(stage, type).map(Enum::name).orElse("409")).append(" |");
            }
            table.append('\n');
        }
        return table.toString();
    }

    private static CaseUpdate update(CaseUpdateType type, CaseStage stage) {
        return EventFixtures.update("case-1", type).stage(stage).build();
    }
}
