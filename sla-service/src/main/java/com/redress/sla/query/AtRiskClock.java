package com.redress.sla.query;

import java.time.Instant;

/** A running clock whose deadline falls within the asked horizon; a provisional deadline may still move. */
public record AtRiskClock(String caseId, int tier, String kind, Instant deadline, boolean deadlineProvisional,
        String target, String escalationTarget) {
}
