package com.redress.grading.rules;

import com.redress.events.intake.Channel;

/** A complaint that came through {@code channel} (e.g. a regulator referral) is at least tier {@code tier}. */
public record ChannelRule(String id, String description, Channel channel, int tier) {
}
