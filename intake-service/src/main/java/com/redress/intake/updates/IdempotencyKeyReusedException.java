package com.redress.intake.updates;

/** An {@code Idempotency-Key} sent again with a different request than the one it was first used for. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("The Idempotency-Key was used before for a different request");
    }
}
