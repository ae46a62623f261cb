package com.redress.sla.engine;

import static com.redress.sla.CaseEvents.registered;
import static com.redress.sla.CaseEvents.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.redress.events.intake.CaseUpdateType;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.sla.calendar.BusinessCalendar;
import com.redress.sla.calendar.CurrentCalendars;
import com.redress.sla.calendar.TestCalendars;
import com.redress.sla.policy.Policies;
import com.redress.sla.policy.PolicyPack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deadlines counted over dates a calendar does not know for certain are flagged provisional, and a newer version of a
 * calendar re-plans each open clock of it once. The default pack counts on CN-mainland; the tests replace that calendar
 * with editions that state the dates they rely on.
 */
class CalendarReplanTopologyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final PolicyPack DEFAULT_PACK = Policies.bundled("redress-default");
    /** Monday 15 December 2025, 10:00 in Shanghai; tier 3 until graded. */
    private static final Instant RECEIVED = at("2025-12-15T10:00");
    private static final String CASE = "case-1";

    /** Version 1 knows 2025 only, with no holiday in December. */
    private static final BusinessCalendar KNOWS_2025 = TestCalendars.load(TestCalendars.yaml("CN-mainland", 1,
            "Asia/Shanghai", "2025-01-01", "2025-12-31", ""));
    /** Version 2 knows 2026 too: 1-3 January off, Sunday 4 January worked (as the State Council's 2026 notice has it). */
    private static final BusinessCalendar KNOWS_2026 = TestCalendars.load(TestCalendars.yaml("CN-mainland", 2,
            "Asia/Shanghai", "2025-01-01", "2026-12-31", """
                    holidays: [{from: 2026-01-01, to: 2026-01-03, name: New Year}]
                    makeUpWorkingDays: [{date: 2026-01-04, name: New Year make-up day}]"""));

    @TempDir
    Path stateDir;

    @Test
    void shouldFlagADeadlineCountedBeyondTheCoverageAsProvisionalAndOneWithinItAsSettled() {
        try (SlaDriver sla = driver(new CurrentCalendars(TestCalendars.bundledWith(KNOWS_2025)), 10_000)) {
            sla.send(registered(CASE, RECEIVED));

            // 5 working days: 16, 17, 18, 19, 22 Dec; 15 working days: 16-19, 22-26, 29-31 Dec, then 1, 2, 5 Jan,
            // dates version 1 does not know
            assertThat(sla.published())
                    .extracting(SlaEvent::getClockKind, SlaEvent::getDeadline, SlaEvent::getDeadlineProvisional,
                            SlaEvent::getCalendarVersion)
                    .containsExactly(
                            tuple(ClockKind.ACKNOWLEDGE, at("2025-12-16T10:00"), false, 1),
                            tuple(ClockKind.FIRST_RESPONSE, at("2025-12-17T10:00"), false, 1),
                            tuple(ClockKind.RESOLUTION, at("2025-12-23T00:00"), false, 1),
                            tuple(ClockKind.REGULATORY_DECISION, at("2026-01-06T00:00"), true, 1));
        }
    }

    @Test
    void shouldFlagADeadlineCountedOverAProvisionalPeriod() {
        BusinessCalendar provisional2026 = TestCalendars.load(TestCalendars.yaml("CN-mainland", 2, "Asia/Shanghai",
                "2025-01-01", "2026-12-31", """
                        provisional: [{from: 2026-01-01, to: 2026-12-31, reason: arrangement not yet published}]
                        holidays: [{date: 2026-01-01, name: New Year (statutory)}]"""));
        try (SlaDriver sla = driver(new CurrentCalendars(TestCalendars.bundledWith(provisional2026)), 10_000)) {
            sla.send(registered(CASE, RECEIVED));

            assertThat(sla.published()).filteredOn(event -> event.getClockKind() == ClockKind.REGULATORY_DECISION)
                    .singleElement().satisfies(started -> {
                        // 12 working days in December, 1 January off, then 2, 5 and 6 January
                        assertThat(started.getDeadline()).isEqualTo(at("2026-01-07T00:00"));
                        assertThat(started.getDeadlineProvisional()).isTrue();
                    });
        }
    }

    @Test
    void shouldReplanEveryOpenClockOfTheCalendarOnceWhenANewerVersionComesIntoForce() {
        CurrentCalendars calendars = new CurrentCalendars(TestCalendars.bundledWith(KNOWS_2025));
        try (SlaDriver sla = driver(calendars, 10_000)) {
            sla.send(registered(CASE, RECEIVED));
            sla.send(update(CASE, CaseUpdateType.ACKNOWLEDGED, RECEIVED.plus(Duration.ofHours(1))));
            sla.published();

            calendars.replace(TestCalendars.bundledWith(KNOWS_2026));
            sla.advanceTo(RECEIVED.plus(Duration.ofHours(2)));
            List<SlaEvent> replanned = sla.published();
            sla.advanceTo(RECEIVED.plus(Duration.ofHours(3)));
            List<SlaEvent> nextTick = sla.published();
            sla.send(update(CASE, CaseUpdateType.RESPONDED, RECEIVED.plus(Duration.ofHours(3))));
            List<SlaEvent> nextUpdate = sla.published();

            // The acknowledgement clock was met before, so only the three open clocks are re-planned; 15 working days
            // now end with 6 January: 1-3 January are off and Sunday 4 January is worked
            assertThat(replanned)
                    .extracting(SlaEvent::getType, SlaEvent::getClockKind, SlaEvent::getPreviousDeadline,
                            SlaEvent::getDeadline, SlaEvent::getDeadlineProvisional, SlaEvent::getCalendarVersion)
                    .containsExactly(
                            tuple(SlaEventType.REPLANNED, ClockKind.FIRST_RESPONSE, at("2025-12-17T10:00"),
                                    at("2025-12-17T10:00"), false, 2),
                            tuple(SlaEventType.REPLANNED, ClockKind.RESOLUTION, at("2025-12-23T00:00"),
                                    at("2025-12-23T00:00"), false, 2),
                            tuple(SlaEventType.REPLANNED, ClockKind.REGULATORY_DECISION, at("2026-01-06T00:00"),
                                    at("2026-01-07T00:00"), false, 2));
            assertThat(nextTick).isEmpty();
            assertThat(nextUpdate).extracting(SlaEvent::getType, SlaEvent::getClockKind)
                    .containsExactly(tuple(SlaEventType.MET, ClockKind.FIRST_RESPONSE));
        }
    }

    @Test
    void shouldReplanACaseBeforeApplyingItsNextEvent() {
        CurrentCalendars calendars = new CurrentCalendars(TestCalendars.bundledWith(KNOWS_2025));
        try (SlaDriver sla = driver(calendars, 10_000)) {
            sla.send(registered(CASE, RECEIVED));
            sla.published();

            calendars.replace(TestCalendars.bundledWith(KNOWS_2026));
            sla.send(update(CASE, CaseUpdateType.ACKNOWLEDGED, RECEIVED.plus(Duration.ofHours(1))));

            assertThat(sla.published()).extracting(SlaEvent::getType, SlaEvent::getClockKind).containsExactly(
                    tuple(SlaEventType.REPLANNED, ClockKind.ACKNOWLEDGE),
                    tuple(SlaEventType.REPLANNED, ClockKind.FIRST_RESPONSE),
                    tuple(SlaEventType.REPLANNED, ClockKind.RESOLUTION),
                    tuple(SlaEventType.REPLANNED, ClockKind.REGULATORY_DECISION),
                    tuple(SlaEventType.MET, ClockKind.ACKNOWLEDGE));
        }
    }

    @Test
    void shouldBreachOnTheNewDeadlineNotOnTheOneTheOlderVersionIndexed() {
        BusinessCalendar friday19Off = TestCalendars.load(TestCalendars.yaml("CN-mainland", 2, "Asia/Shanghai",
                "2025-01-01", "2025-12-31", "holidays: [{date: 2025-12-19, name: a day off}]"));
        CurrentCalendars calendars = new CurrentCalendars(TestCalendars.bundledWith(KNOWS_2025));
        try (SlaDriver sla = driver(calendars, 10_000)) {
            sla.send(registered(CASE, RECEIVED));
            sla.published();

            // 5 working days ended with 22 December; with 19 December off they end with the 23rd
            calendars.replace(TestCalendars.bundledWith(friday19Off));
            sla.advanceTo(at("2025-12-23T01:00"));
            List<SlaEvent> pastTheOldDeadline = sla.published();
            sla.advanceTo(at("2025-12-23T23:59"));
            List<SlaEvent> beforeTheNewDeadline = sla.published();
            sla.advanceTo(at("2025-12-24T00:00"));
            List<SlaEvent> atTheNewDeadline = sla.published();

            assertThat(concat(pastTheOldDeadline, beforeTheNewDeadline))
                    .filteredOn(event -> event.getCaseId().equals(CASE) && event.getClockKind() == ClockKind.RESOLUTION)
                    .extracting(SlaEvent::getType).doesNotContain(SlaEventType.BREACHED);
            assertThat(atTheNewDeadline)
                    .filteredOn(event -> event.getCaseId().equals(CASE) && event.getClockKind() == ClockKind.RESOLUTION
                            && event.getType() == SlaEventType.BREACHED)
                    .extracting(SlaEvent::getOccurredAt)
                    .containsExactly(at("2025-12-24T00:00"));
        }
    }

    @Test
    void shouldReplanEveryCaseOnceAcrossTicksWhenATickMayScanOnlySome() {
        CurrentCalendars calendars = new CurrentCalendars(TestCalendars.bundledWith(KNOWS_2025));
        try (SlaDriver sla = driver(calendars, 2)) {
            for (int i = 0; i < 5; i++) {
                sla.send(registered("case-" + i, RECEIVED));
            }
            sla.published();

            calendars.replace(TestCalendars.bundledWith(KNOWS_2026));
            sla.advanceTo(RECEIVED.plus(Duration.ofMinutes(1)));
            List<SlaEvent> firstTick = sla.published();
            for (int minute = 2; minute <= 5; minute++) {
                sla.advanceTo(RECEIVED.plus(Duration.ofMinutes(minute)));
            }
            List<SlaEvent> laterTicks = sla.published();

            // two cases of four clocks a tick at most, and every clock of every case exactly once in all
            assertThat(firstTick).hasSize(8);
            assertThat(concat(firstTick, laterTicks))
                    .extracting(SlaEvent::getType).containsOnly(SlaEventType.REPLANNED);
            assertThat(concat(firstTick, laterTicks))
                    .extracting(SlaEvent::getClockId).hasSize(20).doesNotHaveDuplicates();
        }
    }

    private SlaDriver driver(CurrentCalendars calendars, int maxPerTick) {
        SlaEngineSettings settings = new SlaEngineSettings(Duration.ofSeconds(1), Duration.ofSeconds(2), maxPerTick);
        return new SlaDriver(DEFAULT_PACK, calendars, RECEIVED, SlaMetrics.NONE, settings, stateDir);
    }

    private static List<SlaEvent> concat(List<SlaEvent> first, List<SlaEvent> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
