package com.redress.bench.track;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.redress.events.intake.ComplaintRegistered;

/** The mean serialized size of the {@code ComplaintRegistered} records intake wrote, as the raw baseline's size. */
public final class RecordSizes {

    private long bytes;
    private long records;

    /** For {@link TopicTap#listen}. */
    public synchronized void accept(ConsumerRecord<String, Object> record) {
        if (record.value() instanceof ComplaintRegistered) {
            bytes += record.serializedValueSize();
            records++;
        }
    }

    /** Mean value size in bytes, or {@code fallback} when no registration has been seen. */
    public synchronized int meanBytes(int fallback) {
        return records == 0 ? fallback : (int) (bytes / records);
    }
}
