package com.redress.notification.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.redress.notification.delivery.DeliveryProperties.QuietHours;

/**
 * How the planning runs.
 *
 * @param tick                how often the due index is scanned (wall-clock time)
 * @param closedCaseRetention how long a closed case's state is kept after closing (and a case never registered after
 *                            its first event): long enough for its delayed survey and the survey's answer
 * @param requestsFrom        messages due before this instant only build state and are never requested (the upgrade
 *                            from the replaying service); empty: every message is requested
 * @param maxWaitingEvents    how many events of a case wait for its registration; more drop the oldest
 * @param maxDuePerTick       how many due entries one tick handles; the rest follow on the next ticks
 * @param quietHours          the quiet hours, to know when a held-back message may go again
 * @param surveyValidity      how long a survey link works after closing; an expired survey is not requested
 */
public record PlanningSettings(Duration tick, Duration closedCaseRetention, Optional<Instant> requestsFrom,
        int maxWaitingEvents, int maxDuePerTick, QuietHours quietHours, Duration surveyValidity) {
}
