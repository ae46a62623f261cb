package com.redress.notification.delivery;

/** How one message fared on one channel once its retries were done. */
public enum SendResult {
    /** The provider took it. */
    SENT,
    /** The provider refused it for good (a bad address, a rejected request). */
    REFUSED,
    /** The provider could not be reached or failed transiently on every retry. */
    UNAVAILABLE
}
