package com.redress.bench.track;

import java.util.Arrays;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;

/**
 * Watches {@code sla.events} for the cases of a deadline run, named {@code <prefix><index>}: counts their clocks
 * started and, per case, the breaches published and how late the first one was (record timestamp, the moment of
 * publication, minus the deadline the case was given).
 */
public final class BreachTracker {

    /** Marks a case whose breach has not been seen. */
    public static final int NOT_SEEN = Integer.MIN_VALUE;

    private final String prefix;
    private final long[] dueMillis;
    private final int[] breaches;
    private final int[] latenessMillis;
    private long started;
    private long breached;
    private long duplicates;
    private long wrongDeadline;
    private long lastStartedSeenAtMillis;
    private long lastBreachPublishedAtMillis;

    public BreachTracker(String prefix, long[] dueMillis) {
        this.prefix = prefix;
        this.dueMillis = dueMillis.clone();
        this.breaches = new int[dueMillis.length];
        this.latenessMillis = new int[dueMillis.length];
        Arrays.fill(latenessMillis, NOT_SEEN);
    }

    public String caseId(int index) {
        return prefix + index;
    }

    /** For {@link TopicTap#listen}. */
    public synchronized void accept(ConsumerRecord<String, Object> record) {
        if (!(record.value() instanceof SlaEvent event) || !event.getCaseId().startsWith(prefix)) {
            return;
        }
        int index = Integer.parseInt(event.getCaseId().substring(prefix.length()));
        if (event.getType() == SlaEventType.STARTED) {
            started++;
            lastStartedSeenAtMillis = System.currentTimeMillis();
        } else if (event.getType() == SlaEventType.BREACHED) {
            if (breaches[index]++ > 0) {
                duplicates++;
                return;
            }
            breached++;
            lastBreachPublishedAtMillis = Math.max(lastBreachPublishedAtMillis, record.timestamp());
            long deadline = event.getDeadline() == null ? dueMillis[index] : event.getDeadline().toEpochMilli();
            if (deadline != dueMillis[index]) {
                wrongDeadline++;
            }
            latenessMillis[index] = (int) Math.max(Integer.MIN_VALUE + 1, record.timestamp() - dueMillis[index]);
        }
    }

    public synchronized long started() {
        return started;
    }

    public synchronized long breached() {
        return breached;
    }

    /** Breaches published more than once for the same case. */
    public synchronized long duplicates() {
        return duplicates;
    }

    /** Breaches whose deadline differs from the one the case was given. */
    public synchronized long wrongDeadlines() {
        return wrongDeadline;
    }

    /** Cases whose breach has not been published. */
    public synchronized long missing() {
        return dueMillis.length - breached;
    }

    public synchronized long lastStartedSeenAtMillis() {
        return lastStartedSeenAtMillis;
    }

    public synchronized long lastBreachPublishedAtMillis() {
        return lastBreachPublishedAtMillis;
    }

    public int cases() {
        return dueMillis.length;
    }

    public long dueMillis(int index) {
        return dueMillis[index];
    }

    /** Lateness of each case's first breach in milliseconds, {@link #NOT_SEEN} where none was published. */
    public synchronized int[] latenessMillis() {
        return latenessMillis.clone();
    }
}
