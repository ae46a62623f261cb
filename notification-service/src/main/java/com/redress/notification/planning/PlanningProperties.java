package com.redress.notification.planning;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the notification planning runs ({@code redress.notification.planning}).
 *
 * @param tick                how often delayed and held-back messages and case expiries are looked for
 * @param closedCaseRetention how long a closed case's state is kept after closing: at least the survey delay plus the
 *                            survey's validity, so the survey is sent and its answer checked
 * @param requestsFrom        the upgrade's switch-over instant: messages due before it only build state, so history is
 *                            not sent again; unset on a new installation
 * @param maxWaitingEvents    how many events of a case may wait for its registration
 * @param maxDuePerTick       how many due entries one tick handles at most
 */
@ConfigurationProperties("redress.notification.planning")
public record PlanningProperties(
        @DefaultValue("1s") Duration tick,
        @DefaultValue("45d") Duration closedCaseRetention,
        Instant requestsFrom,
        @DefaultValue("100") int maxWaitingEvents,
        @DefaultValue("10000") int maxDuePerTick) {
}
