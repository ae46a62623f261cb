package com.redress.intake.registration;

import java.util.Locale;

/** How a submission reached intake; a metric tag. */
public enum SubmissionPath {
    REST,
    KAFKA;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
