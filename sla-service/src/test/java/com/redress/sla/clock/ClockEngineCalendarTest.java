package com.redress.sla.clock;

import static com.redress.sla.CaseEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEventType;
import com.redress.sla.calendar.BusinessCalendar;
import com.redress.sla.calendar.TestCalendars;
import com.redress.sla.policy.Policies;
import com.redress.sla.policy.PolicyPack;

import org.junit.jupiter.api.Test;

/** What a newer calendar version does to a case's clocks in the engine itself. */
class ClockEngineCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final PolicyPack PACK = Policies.bundled("redress-default");
    private static final Instant RECEIVED = at("2025-12-15T10:00");
    private static final BusinessCalendar VERSION_1 = TestCalendars.load(TestCalendars.yaml("CN-mainland", 1,
            "Asia/Shanghai", "2025-01-01", "2025-12-31", ""));
    private static final BusinessCalendar VERSION_2 = TestCalendars.load(TestCalendars.yaml("CN-mainland", 2,
            "Asia/Shanghai", "2025-01-01", "2025-12-31", "holidays: [{date: 2025-12-19, name: a day off}]"));

    @Test
    void shouldNotBreachOnAnIndexEntryThatAReplanMovedIntoTheFuture() {
        ClockEngine before = engine(VERSION_1);
        CaseClocks clocks = new CaseClocks("case-1");
        before.onRegistered(clocks, registered("case-1", RECEIVED), RECEIVED.toEpochMilli());
        long oldDeadline = at("2025-12-23T00:00").toEpochMilli();
        long now = at("2025-12-23T01:00").toEpochMilli();

        ClockEngine after = engine(VERSION_2);
        after.onCalendarChanged(clocks, now);

        assertThat(after.onDue(clocks, new DueThreshold(oldDeadline, ClockKind.RESOLUTION, DueThreshold.BREACH), now))
                .isEmpty();
        assertThat(clocks.clock(ClockKind.RESOLUTION)).get().extracting(Clock::status).isEqualTo(ClockStatus.RUNNING);
        long newDeadline = at("2025-12-24T00:00").toEpochMilli();
        assertThat(after.onDue(clocks, new DueThreshold(newDeadline, ClockKind.RESOLUTION, DueThreshold.BREACH),
                newDeadline)).get().extracting(ClockChange::type).isEqualTo(SlaEventType.BREACHED);
    }

    @Test
    void shouldLeaveClocksPlannedOnTheSameOrANewerVersionAlone() {
        CaseClocks clocks = new CaseClocks("case-1");
        engine(VERSION_2).onRegistered(clocks, registered("case-1", RECEIVED), RECEIVED.toEpochMilli());

        assertThat(engine(VERSION_2).isOnOlderCalendar(clocks)).isFalse();
        assertThat(engine(VERSION_1).isOnOlderCalendar(clocks)).isFalse();
        assertThat(engine(VERSION_1).onCalendarChanged(clocks, RECEIVED.toEpochMilli())).isEmpty();
    }

    private static ClockEngine engine(BusinessCalendar calendar) {
        return new ClockEngine(PACK, TestCalendars.bundledWith(calendar), kind -> { });
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
