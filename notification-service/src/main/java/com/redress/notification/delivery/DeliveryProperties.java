package com.redress.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.redress.events.common.NotificationChannel;

/**
 * How messages are delivered.
 *
 * @param retries                further attempts on a channel after a transient failure
 * @param initialBackOff         wait before the first retry; doubled each time up to {@code maxBackOff}
 * @param maxBackOff             longest wait between two attempts
 * @param fallbackOrder          channels tried, in order, when the customer stated no preference
 * @param quietHours             when SMS and push stay silent (customer's local time), except on tier 1 cases
 * @param outcomeAcknowledgement how long to wait for the broker to acknowledge an outcome
 */
@ConfigurationProperties("redress.notification.delivery")
public record DeliveryProperties(
        @DefaultValue("3") int retries,
        @DefaultValue("1s") Duration initialBackOff,
        @DefaultValue("8s") Duration maxBackOff,
        @DefaultValue({"EMAIL", "SMS", "PUSH"}) List<NotificationChannel> fallbackOrder,
        @DefaultValue QuietHours quietHours,
        @DefaultValue("30s") Duration outcomeAcknowledgement) {

    public DeliveryProperties {
        fallbackOrder = List.copyOf(fallbackOrder);
    }

    /**
     * A nightly window in local time; {@code start} after {@code end} means it spans midnight.
     *
     * @param start   first quiet minute
     * @param end     first minute no longer quiet
     * @param enabled whether quiet hours apply at all
     */
    public record QuietHours(@DefaultValue("22:00") LocalTime start, @DefaultValue("08:00") LocalTime end,
            @DefaultValue("true") boolean enabled) {

        public boolean contains(LocalTime time) {
            if (!enabled || start.equals(end)) {
                return false;
            }
            return start.isBefore(end)
                    ? !time.isBefore(start) && time.isBefore(end)
                    : !time.isBefore(start) || time.isBefore(end);
        }

        /** The first moment after {@code moment} at which the quiet hours end, in {@code zone}. */
        public Instant endAfter(Instant moment, ZoneId zone) {
            ZonedDateTime local = moment.atZone(zone);
            // ZonedDateTime.of moves an end that falls into a daylight-saving gap to the first valid time
            ZonedDateTime sameDay = ZonedDateTime.of(local.toLocalDate(), end, zone);
            ZonedDateTime next = sameDay.isAfter(local) ? sameDay
                    : ZonedDateTime.of(local.toLocalDate().plusDays(1), end, zone);
            return next.toInstant();
        }
    }
}
