package com.redress.notification.delivery;

/** Names and tags of the notification service's own meters (dotted; Prometheus adds units and {@code _total}). */
public final class NotificationMetricNames {

    /** Counter: delivery outcomes by channel, kind and status (sending, sent, failed, retrying, suppressed_*). */
    public static final String MESSAGES = "redress.notification.messages";
    /** Timer: how long a provider took to accept or refuse a message, by channel and result. */
    public static final String SEND_DURATION = "redress.notification.send.duration";
    /**
     * Counter: sends a crash cut off, settled after it by channel and result: delivered (the provider has it; not sent
     * again), not_delivered (sent now), unknown (the channel cannot look it up; sent again).
     */
    public static final String INTERRUPTED_SENDS = "redress.notification.interrupted.sends";
    /** Distribution: segments per SMS. */
    public static final String SMS_SEGMENTS = "redress.notification.sms.segments";

    public static final String TAG_CHANNEL = "channel";
    public static final String TAG_KIND = "kind";
    public static final String TAG_STATUS = "status";
    public static final String TAG_RESULT = "result";

    private NotificationMetricNames() {
    }
}
