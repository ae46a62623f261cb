package com.redress.sla.clock;

import static com.redress.sla.CaseEvents.extension;
import static com.redress.sla.CaseEvents.registered;
import static com.redress.sla.CaseEvents.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.redress.events.intake.CaseUpdateType;
import com.redress.events.sla.ClockKind;
import com.redress.events.sla.SlaEventType;
import com.redress.sla.calendar.Calendars;
import com.redress.sla.policy.Policies;

import org.junit.jupiter.api.Test;

/** Each bundled pack's clocks fall due where its source says, on its calendar. */
class PolicyPackBehaviourTest {

    private static final String CASE = "case-1";

    @Test
    void shouldGiveTheUkFinalResponseEightWeeksAndTheSummaryResolutionThreeBusinessDays() {
        // Received Thursday 17 April 2025, before the Easter bank holidays
        Instant received = at("2025-04-17T15:00", "Europe/London");

        Map<ClockKind, Instant> deadlines = startedDeadlines("uk-fca-disp", received);

        // Business days after receipt: 22, 23, 24 April (18 and 21 April are bank holidays)
        assertThat(deadlines.get(ClockKind.FIRST_RESPONSE)).isEqualTo(at("2025-04-25T00:00", "Europe/London"));
        assertThat(deadlines.get(ClockKind.REGULATORY_DECISION)).isEqualTo(at("2025-06-13T00:00", "Europe/London"));
    }

    @Test
    void shouldBoundTheUkPaymentServicesExtensionAtThirtyFiveBusinessDays() {
        Instant received = at("2025-03-03T09:00", "Europe/London");
        ClockEngine engine = engine("uk-fca-disp-payment-services");
        CaseClocks clocks = new CaseClocks(CASE);

        List<ClockChange> started = engine.onRegistered(clocks, registered(CASE, received), received.toEpochMilli());
        List<ClockChange> extended = engine.onUpdate(clocks, extension(CASE, 30, received), received.toEpochMilli());
        List<ClockChange> again = engine.onUpdate(clocks, extension(CASE, 5, received), received.toEpochMilli());

        // 15 business days after Monday 3 March end with Monday 24 March; 35 end with Wednesday 23 April, as Good
        // Friday and Easter Monday are bank holidays
        assertThat(Instant.ofEpochMilli(started.get(0).deadline())).isEqualTo(at("2025-03-25T00:00", "Europe/London"));
        assertThat(extended).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(SlaEventType.EXTENDED);
            assertThat(change.targetDescription()).isEqualTo("15 business days + 20 extended");
            assertThat(Instant.ofEpochMilli(change.deadline())).isEqualTo(at("2025-04-24T00:00", "Europe/London"));
        });
        assertThat(again).isEmpty();
    }

    @Test
    void shouldGivePsd2FifteenBusinessDays() {
        Instant received = at("2025-03-03T09:00", "Europe/Brussels");

        Map<ClockKind, Instant> deadlines = startedDeadlines("eu-psd2", received);

        assertThat(deadlines.get(ClockKind.REGULATORY_DECISION)).isEqualTo(at("2025-03-25T00:00", "Europe/Brussels"));
    }

    @Test
    void shouldGiveTheCfpbFifteenAndSixtyCalendarDays() {
        Instant received = at("2025-03-01T18:30", "America/New_York");

        Map<ClockKind, Instant> deadlines = startedDeadlines("us-cfpb", received);

        assertThat(deadlines.get(ClockKind.FIRST_RESPONSE)).isEqualTo(at("2025-03-17T00:00", "America/New_York"));
        assertThat(deadlines.get(ClockKind.REGULATORY_DECISION)).isEqualTo(at("2025-05-01T00:00", "America/New_York"));
    }

    @Test
    void shouldGiveRg271ThirtyCalendarDays() {
        Instant received = at("2025-03-31T10:00", "Australia/Sydney");

        Map<ClockKind, Instant> deadlines = startedDeadlines("au-asic-rg271", received);

        // Sydney leaves daylight saving on 6 April; the 30th day still ends at local midnight
        assertThat(deadlines.get(ClockKind.REGULATORY_DECISION)).isEqualTo(at("2025-05-01T00:00", "Australia/Sydney"));
    }

    @Test
    void shouldGiveTheMainlandDecisionFifteenWorkingDaysExtendableToSixtyInTwoGrants() {
        Instant received = at("2025-09-26T16:00", "Asia/Shanghai");
        ClockEngine engine = engine("redress-default");
        CaseClocks clocks = new CaseClocks(CASE);
        long now = received.toEpochMilli();

        Map<ClockKind, Instant> deadlines = deadlines(engine.onRegistered(clocks, registered(CASE, received), now));
        List<ClockChange> grants = new ArrayList<>();
        grants.addAll(engine.onUpdate(clocks, extension(CASE, 15, received), now));
        grants.addAll(engine.onUpdate(clocks, extension(CASE, 30, received), now));
        grants.addAll(engine.onUpdate(clocks, extension(CASE, 1, received), now));

        // 28 and 29 Sep, 30 Sep, 9-11 Oct (11 Oct a make-up Saturday), 13-17, 20-23 Oct: the 15th ends 23 October
        assertThat(deadlines.get(ClockKind.REGULATORY_DECISION)).isEqualTo(at("2025-10-24T00:00", "Asia/Shanghai"));
        assertThat(grants).extracting(ClockChange::targetDescription)
                .containsExactly("15 working days + 15 extended", "15 working days + 45 extended");
    }

    @Test
    void shouldCloseTheDefaultPacksAcknowledgementAsMetWhenAcknowledgedWithin24Hours() {
        Instant received = at("2025-03-10T10:00", "Asia/Shanghai");
        ClockEngine engine = engine("redress-default");
        CaseClocks clocks = new CaseClocks(CASE);
        engine.onRegistered(clocks, registered(CASE, received), received.toEpochMilli());

        Instant acknowledged = received.plusSeconds(23 * 3600);
        List<ClockChange> changes = engine.onUpdate(clocks, update(CASE, CaseUpdateType.ACKNOWLEDGED, acknowledged),
                acknowledged.toEpochMilli());

        assertThat(changes).extracting(ClockChange::type, ClockChange::kind)
                .containsExactly(tuple(SlaEventType.MET, ClockKind.ACKNOWLEDGE));
    }

    private static Map<ClockKind, Instant> startedDeadlines(String pack, Instant received) {
        return deadlines(engine(pack).onRegistered(new CaseClocks(CASE), registered(CASE, received),
                received.toEpochMilli()));
    }

    private static Map<ClockKind, Instant> deadlines(List<ClockChange> changes) {
        return changes.stream().collect(Collectors.toMap(ClockChange::kind,
                change -> Instant.ofEpochMilli(change.deadline())));
    }

    private static ClockEngine engine(String pack) {
        return new ClockEngine(Policies.bundled(pack), Calendars.catalog(), kind -> { });
    }

    private static Instant at(String localDateTime, String zone) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
    }
}
