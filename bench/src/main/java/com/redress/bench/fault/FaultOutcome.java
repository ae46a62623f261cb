package com.redress.bench.fault;

/**
 * One fault scenario's accounts.
 *
 * @param accepted           complaints the broker or intake acknowledged to the channel
 * @param registered         of those, complaints with a registration
 * @param registeredTwice    complaints registered more than once (two events, or two cases)
 * @param graded             registered cases with a first grade
 * @param gradedTwice        cases graded for the first time more than once
 * @param breachesDue        clocks whose deadline passed unmet
 * @param breachesEmitted    clocks with a breach published
 * @param breachesTwice      clocks with more than one breach published
 * @param messagesExpected   acknowledgements owed: one per registered case (every driven customer has an e-mail)
 * @param messagesSent       cases whose customer got at least one mail
 * @param messagesTwice      cases whose customer got more than one mail
 * @param sameMessageIdAgain of those, mails delivered again under the same Message-ID (the documented crash window)
 */
record FaultOutcome(long accepted, long registered, long registeredTwice, long graded, long gradedTwice,
        long breachesDue, long breachesEmitted, long breachesTwice, long messagesExpected, long messagesSent,
        long messagesTwice, long sameMessageIdAgain) {

    /** Accepted complaints not registered, registered ones not graded, breaches and acknowledgements owed and missing. */
    long lost() {
        return Math.max(0, accepted - registered) + (registered - graded) + Math.max(0, breachesDue - breachesEmitted)
                + (messagesExpected - messagesSent);
    }

    /** Registrations, first grades, breaches and customer mails that happened more than once. */
    long duplicated() {
        return registeredTwice + gradedTwice + breachesTwice + messagesTwice;
    }

    /** One line for the console. */
    String summary() {
        return ("accepted %d, registered %d, graded %d, breaches %d/%d, messages %d/%d, duplicated %d (registered %d,"
                + " graded %d, breached %d, mailed %d, same Message-ID %d), lost %d")
                .formatted(accepted, registered, graded, breachesEmitted, breachesDue, messagesSent,
                        messagesExpected, duplicated(), registeredTwice, gradedTwice, breachesTwice, messagesTwice,
                        sameMessageIdAgain, lost());
    }

    /** Whether everything owed has happened, so the scenario can be judged. */
    boolean settled() {
        return registered >= accepted && graded >= registered && breachesEmitted >= breachesDue
                && messagesSent >= messagesExpected;
    }
}
