package com.redress.platform.deadletter.sample;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.redress.contract.Topics;
import com.redress.events.intake.ChannelSubmission;

/** Handles channel submissions as intake would, except that it cannot handle those whose message id says so. */
@Component
public class SubmissionListener {

    /** The listener's id, which is also its consumer group. */
    public static final String LISTENER_ID = "sample-submissions";
    /** Channel message ids starting with this make the handler throw. */
    public static final String UNHANDLEABLE_PREFIX = "unhandleable-";

    private final List<ChannelSubmission> handled = new CopyOnWriteArrayList<>();
    private final AtomicInteger failedAttempts = new AtomicInteger();

    /** A test that runs the sample beside another may give its listener a consumer group of its own. */
    @KafkaListener(id = LISTENER_ID, groupId = "${sample.listener.group:" + LISTENER_ID + "}",
            topics = Topics.COMPLAINTS_SUBMITTED)
    void on(ChannelSubmission submission) {
        if (submission.getChannelMessageId().startsWith(UNHANDLEABLE_PREFIX)) {
            failedAttempts.incrementAndGet();
            throw new IllegalStateException("No branch handles unit " + submission.getFirstContactOwner().getUnitId());
        }
        handled.add(submission);
    }

    /** The submissions handled so far, in order. */
    public List<ChannelSubmission> handled() {
        return List.copyOf(handled);
    }

    /** How often the handler threw. */
    public int failedAttempts() {
        return failedAttempts.get();
    }
}
