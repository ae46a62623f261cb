package com.redress.sla.query;

import java.time.Instant;

/** A running clock whose deadline falls within the asked horizon. */
public record AtRiskClock(String caseId, int tier, String kind, Instant deadline, String target,
        String escalationTarget) {
}
