package com.redress.platform.deadletter;

/** What becomes of a record whose handling failed. */
public enum FailureHandling {

    /** A retry cannot fix it (an unreadable or refused record): a dead letter at once. */
    DEAD_LETTER,
    /** It may pass: retried with the configured back-off ({@code redress.dead-letter.*}), then a dead letter. */
    RETRY,
    /**
     * Something the record needs is out of reach (the schema registry, a channel, a view): the record waits, retried
     * with the classification's pauses ({@link FailureClassification#pausesOf(Throwable)}, by default growing to
     * {@link FailureClassification#LONGEST_WAIT}) for as long as the outage lasts; never a dead letter.
     */
    WAIT
}
