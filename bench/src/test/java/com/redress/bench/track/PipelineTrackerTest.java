package com.redress.bench.track;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.redress.bench.load.BenchComplaint;
import com.redress.events.intake.ComplaintRegistered;

import static com.redress.bench.BenchEvents.acknowledgement;
import static com.redress.bench.BenchEvents.grade;
import static com.redress.bench.BenchEvents.record;
import static com.redress.bench.BenchEvents.registration;
import static org.assertj.core.api.Assertions.assertThat;

class PipelineTrackerTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-25T01:00:00Z");

    private final PipelineTracker tracker = new PipelineTracker();

    @Test
    void shouldMeasureEachStageFromReceiptWhateverOrderTheTopicsAreReadIn() {
        // Given a complaint of batch lat200 whose acknowledgement and grade are read before its registration
        BenchComplaint complaint = BenchComplaint.of("lat200", 1, RECEIVED);
        tracker.accept(record(acknowledgement("case-1", RECEIVED.plusMillis(300))));
        tracker.accept(record(grade("case-1", RECEIVED.plusMillis(120))));

        // When its registration arrives
        tracker.accept(record(registration("case-1", complaint, RECEIVED.plusMillis(40))));

        // Then the batch has one complete case, timed from receipt to each stage
        StageLatencies batch = tracker.batch("lat200");
        assertThat(batch.completed()).isEqualTo(1);
        assertThat(batch.registered().getMaxValue()).isEqualTo(40);
        assertThat(batch.graded().getMaxValue()).isEqualTo(120);
        assertThat(batch.acknowledged().getMaxValue()).isEqualTo(300);
    }

    @Test
    void shouldCountTheStagesACaseHasReachedSoTheBacklogCanBeLocated() {
        // Given two registered complaints of batch tp100, one of them graded, neither acknowledged
        tracker.accept(record(registration("case-1", BenchComplaint.of("tp100", 1, RECEIVED), RECEIVED)));
        tracker.accept(record(registration("case-2", BenchComplaint.of("tp100", 2, RECEIVED), RECEIVED)));
        tracker.accept(record(grade("case-1", RECEIVED.plusMillis(50))));

        // When the same case is graded again, as a surge incident would
        tracker.accept(record(grade("case-1", RECEIVED.plusMillis(900))));

        // Then each case counts once per stage and none is complete
        StageLatencies batch = tracker.batch("tp100");
        assertThat(batch.registeredSeen()).isEqualTo(2);
        assertThat(batch.gradedSeen()).isEqualTo(1);
        assertThat(batch.acknowledgedSeen()).isZero();
        assertThat(batch.completed()).isZero();
        assertThat(tracker.forgetOpenCases()).isEqualTo(2);
    }

    @Test
    void shouldIgnoreComplaintsTheDriverDidNotSend() {
        // Given a registration of a demo complaint
        ComplaintRegistered demo = registration("case-9", BenchComplaint.of("x", 1, RECEIVED), RECEIVED);
        demo.put("channelMessageId", "DEMO-1-1");

        // When it is read with its acknowledgement
        tracker.accept(record(demo));
        tracker.accept(record(acknowledgement("case-9", RECEIVED)));

        // Then no batch learns of it
        assertThat(tracker.batch("x").registeredSeen()).isZero();
    }
}
