package com.redress.notification.listener;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The listener that sends delayed messages (e.g. the survey some days after closing) and messages held back by quiet
 * hours.
 *
 * @param groupId      its own consumer group on the registrations and case updates, whose committed offset is the
 *                     schedule
 * @param longestPause longest wait before looking again at an update whose message is not yet due
 */
@ConfigurationProperties("redress.notification.delayed")
public record DelayedMessagesProperties(String groupId, @DefaultValue("1m") Duration longestPause) {
}
