package com.redress.bench.fault;

import static com.redress.bench.BenchEvents.grade;
import static com.redress.bench.BenchEvents.record;
import static com.redress.bench.BenchEvents.registration;
import static com.redress.bench.BenchEvents.slaEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.redress.bench.load.BenchComplaint;
import com.redress.events.sla.SlaEventType;

class FaultLedgerTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-25T02:00:00Z");
    private static final Instant DEADLINE = RECEIVED.plusSeconds(30);
    private static final String CASE_NUMBER_1 = "CMP-20261125-AAAA-BBBB-CCC1";
    private static final String CASE_NUMBER_2 = "CMP-20261125-AAAA-BBBB-CCC2";

    private final FaultLedger ledger = new FaultLedger();

    @Test
    void shouldCountWhatWasOwedAndWhatHappenedForItsBatchOnly() {
        // Given two accepted complaints of batch killsla: both registered and graded, both clocks past their deadline,
        // one breach published twice and one not at all, one customer mailed twice with the same Message-ID
        registered("case-1", CASE_NUMBER_1, "killsla", 0);
        registered("case-2", CASE_NUMBER_2, "killsla", 1);
        ledger.accept(record(grade("case-1", RECEIVED)));
        ledger.accept(record(grade("case-2", RECEIVED)));
        ledger.accept(record(slaEvent("case-1", "clock-1", SlaEventType.STARTED, DEADLINE)));
        ledger.accept(record(slaEvent("case-2", "clock-2", SlaEventType.STARTED, DEADLINE)));
        ledger.accept(record(slaEvent("case-1", "clock-1", SlaEventType.BREACHED, DEADLINE)));
        ledger.accept(record(slaEvent("case-1", "clock-1", SlaEventType.BREACHED, DEADLINE)));
        // and a complaint of another batch
        registered("case-3", "CMP-20261125-AAAA-BBBB-CCC3", "none", 0);
        List<CustomerMail> mails = List.of(new CustomerMail("<m1@redress>", "Your complaint " + CASE_NUMBER_1),
                new CustomerMail("<m1@redress>", "Your complaint " + CASE_NUMBER_1));

        // When the batch is judged after the deadline
        FaultOutcome outcome = ledger.outcome("killsla", 2, mails, DEADLINE.plusSeconds(10).toEpochMilli());

        // Then the accounts say what was lost and what was doubled
        assertThat(outcome.registered()).isEqualTo(2);
        assertThat(outcome.graded()).isEqualTo(2);
        assertThat(outcome.breachesDue()).isEqualTo(2);
        assertThat(outcome.breachesEmitted()).isEqualTo(1);
        assertThat(outcome.breachesTwice()).isEqualTo(1);
        assertThat(outcome.messagesExpected()).isEqualTo(2);
        assertThat(outcome.messagesSent()).isEqualTo(1);
        assertThat(outcome.messagesTwice()).isEqualTo(1);
        assertThat(outcome.sameMessageIdAgain()).isEqualTo(1);
        assertThat(outcome.lost()).isEqualTo(2);
        assertThat(outcome.duplicated()).isEqualTo(2);
        assertThat(outcome.settled()).isFalse();
    }

    @Test
    void shouldNotOweABreachBeforeTheDeadlineNorForAClockThatWasMet() {
        // Given two registered cases, one clock met and one still running
        registered("case-1", CASE_NUMBER_1, "none", 0);
        registered("case-2", CASE_NUMBER_2, "none", 1);
        ledger.accept(record(slaEvent("case-1", "clock-1", SlaEventType.STARTED, DEADLINE)));
        ledger.accept(record(slaEvent("case-1", "clock-1", SlaEventType.MET, DEADLINE)));
        ledger.accept(record(slaEvent("case-2", "clock-2", SlaEventType.STARTED, DEADLINE)));

        // When judged before the running clock's deadline, and after it
        FaultOutcome before = ledger.outcome("none", 2, List.of(), DEADLINE.minusSeconds(1).toEpochMilli());
        FaultOutcome after = ledger.outcome("none", 2, List.of(), DEADLINE.plusSeconds(1).toEpochMilli());

        // Then only the running clock is owed a breach, and only once its deadline passed
        assertThat(before.breachesDue()).isZero();
        assertThat(after.breachesDue()).isEqualTo(1);
    }

    private void registered(String caseId, String caseNumber, String batch, long sequence) {
        ledger.accept(record(registration(caseId, caseNumber, BenchComplaint.of(batch, sequence, RECEIVED), RECEIVED)));
    }
}
