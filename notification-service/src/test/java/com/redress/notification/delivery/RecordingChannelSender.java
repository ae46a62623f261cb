package com.redress.notification.delivery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.redress.events.common.NotificationChannel;
import com.redress.notification.channel.ChannelSender;
import com.redress.notification.channel.OutgoingMessage;

/** A channel that records what it is given and fails as scripted. */
class RecordingChannelSender implements ChannelSender {

    private final NotificationChannel channel;
    private final Deque<RuntimeException> scriptedFailures = new ArrayDeque<>();
    final List<OutgoingMessage> accepted = new ArrayList<>();

    RecordingChannelSender(NotificationChannel channel) {
        this.channel = channel;
    }

    RecordingChannelSender failingWith(RuntimeException... failures) {
        scriptedFailures.addAll(List.of(failures));
        return this;
    }

    @Override
    public NotificationChannel channel() {
        return channel;
    }

    @Override
    public String send(OutgoingMessage message) {
        if (!scriptedFailures.isEmpty()) {
            throw scriptedFailures.removeFirst();
        }
        accepted.add(message);
        return channel + "-" + accepted.size();
    }
}
