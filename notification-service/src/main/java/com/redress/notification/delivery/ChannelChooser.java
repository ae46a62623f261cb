package com.redress.notification.delivery;

import java.util.List;
import java.util.Set;

import com.redress.events.common.NotificationChannel;
import com.redress.notification.contact.CustomerContact;

/**
 * Orders the channels to try for a customer: their stated preferences, else the configured fallback order; only
 * channels with both a contact address and a configured sender remain.
 */
public class ChannelChooser {

    private final List<NotificationChannel> fallbackOrder;
    private final Set<NotificationChannel> configuredChannels;

    public ChannelChooser(List<NotificationChannel> fallbackOrder, Set<NotificationChannel> configuredChannels) {
        this.fallbackOrder = List.copyOf(fallbackOrder);
        this.configuredChannels = Set.copyOf(configuredChannels);
    }

    public List<NotificationChannel> candidates(List<NotificationChannel> preferred, CustomerContact contact) {
        List<NotificationChannel> order = preferred.isEmpty() ? fallbackOrder : preferred;
        return order.stream()
                .distinct()
                .filter(configuredChannels::contains)
                .filter(channel -> contact.addressFor(channel).isPresent())
                .toList();
    }
}
