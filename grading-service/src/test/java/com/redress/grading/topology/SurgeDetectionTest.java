package com.redress.grading.topology;

import static com.redress.grading.Complaints.MONDAY_MORNING;
import static com.redress.grading.Complaints.registration;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.redress.events.grading.Category;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.GradingReason;
import com.redress.events.grading.IncidentDetected;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.grading.ProductionRules;
import com.redress.grading.metrics.GradingMetricNames;
import com.redress.grading.rules.RuleSet;
import com.redress.grading.rules.SurgeRule;

class SurgeDetectionTest {

    private static final String OUTAGE = "手机银行无法登录，一直提示系统错误。";

    @TempDir
    Path stateDir;

    private GradingDriver driver;

    @BeforeEach
    void startDriver() {
        RuleSet production = ProductionRules.load();
        // more than 3 availability complaints within 10 minutes is a surge
        RuleSet rules = new RuleSet(production.version(), production.categoryCodes(), production.categoryPhrases(),
                production.phrasesCountedPerRule(),
                production.tiers(), production.priority(), production.repeat(),
                List.of(new SurgeRule("surge.system-channel-availability", "A surge of availability complaints",
                        Category.SYSTEM_CHANNEL_AVAILABILITY, 3, Duration.ofMinutes(10))),
                production.updates(), production.negations());
        driver = new GradingDriver(rules, stateDir);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldDeclareIncidentAndRaiseEveryCaseInWindowToTier1() {
        // Given three availability complaints within a few minutes, each graded on its own
        for (int i = 1; i <= 3; i++) {
            assertThat(driver.grade(outage("c-" + i, minutes(i))).getTier()).isEqualTo(3);
        }

        // When a fourth arrives within the window
        driver.register(outage("c-4", minutes(4)));

        // Then an incident is declared for the four cases, keyed by the case that tipped it
        List<IncidentDetected> incidents = driver.incidents();
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.getCaseId()).isEqualTo("c-4");
            assertThat(incident.getCategory()).isEqualTo(Category.SYSTEM_CHANNEL_AVAILABILITY);
            assertThat(incident.getCount()).isEqualTo(4);
            assertThat(incident.getThreshold()).isEqualTo(3);
            assertThat(incident.getCaseIds()).containsExactly("c-1", "c-2", "c-3", "c-4");
            assertThat(incident.getWindowEnd()).isEqualTo(minutes(4).plusMillis(1));
            assertThat(incident.getWindowStart()).isEqualTo(minutes(4).plusMillis(1).minus(Duration.ofMinutes(10)));
        });
        String incidentId = incidents.get(0).getIncidentId();

        // and every case in it is at tier 1, the earlier ones re-graded for the incident
        List<ComplaintGraded> graded = driver.graded();
        assertThat(graded).hasSize(4).allSatisfy(event -> {
            assertThat(event.getTier()).isEqualTo(1);
            assertThat(event.getIncidentId()).isEqualTo(incidentId);
        });
        assertThat(graded).filteredOn(event -> event.getGradingReason() == GradingReason.REGRADED_INCIDENT)
                .extracting(ComplaintGraded::getCaseId).containsExactlyInAnyOrder("c-1", "c-2", "c-3");
        assertThat(graded).filteredOn(event -> event.getCaseId().equals("c-4"))
                .singleElement().satisfies(event -> {
                    assertThat(event.getGradingReason()).isEqualTo(GradingReason.INITIAL);
                    assertThat(event.getFiredRules()).anySatisfy(rule -> {
                        assertThat(rule.getRuleId()).isEqualTo("surge.system-channel-availability");
                        assertThat(rule.getEvidence()).isEqualTo(
                                "4 SYSTEM_CHANNEL_AVAILABILITY complaints received within PT10M > threshold 3");
                    });
                });
        assertThat(driver.counter(GradingMetricNames.INCIDENTS, "category", "SYSTEM_CHANNEL_AVAILABILITY"))
                .isEqualTo(1);
    }

    @Test
    void shouldAddLaterCasesToOpenIncidentWithoutDeclaringAnother() {
        for (int i = 1; i <= 4; i++) {
            driver.register(outage("c-" + i, minutes(i)));
        }
        String incidentId = driver.incidents().get(0).getIncidentId();
        driver.graded();

        ComplaintGraded fifth = driver.grade(outage("c-5", minutes(5)));

        assertThat(fifth.getTier()).isEqualTo(1);
        assertThat(fifth.getIncidentId()).isEqualTo(incidentId);
        assertThat(driver.incidents()).isEmpty();
    }

    @Test
    void shouldNotDeclareIncidentWhenComplaintsAreSpreadBeyondWindow() {
        for (int i = 0; i < 6; i++) {
            driver.register(outage("c-" + i, minutes(i * 4)));
        }

        assertThat(driver.incidents()).isEmpty();
        assertThat(driver.graded()).hasSize(6).allSatisfy(event -> assertThat(event.getTier()).isEqualTo(3));
    }

    @Test
    void shouldNotCountRedeliveredRegistrationTwice() {
        for (int i = 1; i <= 3; i++) {
            driver.register(outage("c-" + i, minutes(i)));
            driver.register(outage("c-" + i, minutes(i)));
        }

        assertThat(driver.incidents()).isEmpty();
        assertThat(driver.graded()).hasSize(3);
    }

    @Test
    void shouldNotCountOtherCategories() {
        for (int i = 1; i <= 5; i++) {
            driver.register(registration("f-" + i).customer("cust-f" + i).receivedAt(minutes(i))
                    .text("网点排队等了两个小时。").build());
        }

        assertThat(driver.incidents()).isEmpty();
    }

    @Test
    void shouldCountEachCategoryInOneTaskByKeyingSurgeStepByCategory() {
        // Given availability complaints of different customers, which repeat detection handles keyed by customer
        driver.register(outage("c-1", minutes(1)));
        driver.register(outage("c-2", minutes(2)));

        // Then they reach surge detection keyed by their category, so one window counts them all
        assertThat(driver.repartitionKeys(GradingTopology.BY_CATEGORY))
                .containsExactly("SYSTEM_CHANNEL_AVAILABILITY", "SYSTEM_CHANNEL_AVAILABILITY");
    }

    private static ComplaintRegistered outage(String caseId, Instant receivedAt) {
        return registration(caseId).customer("cust-" + caseId).receivedAt(receivedAt).text(OUTAGE).build();
    }

    private static Instant minutes(int minutes) {
        return MONDAY_MORNING.plus(Duration.ofMinutes(minutes));
    }
}
