package com.redress.bench.load;

/** One way a channel system hands a complaint to intake; sending never blocks for long. */
public interface SubmissionChannel extends AutoCloseable {

    /** Starts sending; the outcome is counted, not returned. */
    void submit(BenchComplaint complaint);

    /** Waits until everything submitted so far has been answered. */
    void flush();

    /** Submissions intake or the broker refused or did not answer. */
    long failures();

    String name();

    @Override
    void close();
}
