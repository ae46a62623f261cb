package com.redress.notification.sending;

import java.util.List;

import com.redress.notification.channel.ChannelSender;

/**
 * The channels this instance can send on, as configured.
 *
 * @param senders one sender per configured channel
 */
record ChannelSenders(List<ChannelSender> senders) {

    ChannelSenders {
        senders = List.copyOf(senders);
    }
}
