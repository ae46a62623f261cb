package com.redress.notification.delivery;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.redress.events.common.NotificationChannel;
import com.redress.notification.channel.ChannelSender;
import com.redress.notification.channel.OutgoingMessage;

/** A channel that records what it is given, fails as scripted and, if given a look-up, settles cut-off sends with it. */
class RecordingChannelSender implements ChannelSender {

    private final NotificationChannel channel;
    private final Deque<RuntimeException> scriptedFailures = new ArrayDeque<>();
    final List<OutgoingMessage> accepted = new ArrayList<>();
    final List<DeliveryKey> lookedUp = new ArrayList<>();
    private Function<DeliveryKey, Optional<String>> lookUp;

    RecordingChannelSender(NotificationChannel channel) {
        this.channel = channel;
    }

    RecordingChannelSender failingWith(RuntimeException... failures) {
        scriptedFailures.addAll(List.of(failures));
        return this;
    }

    RecordingChannelSender settlingWith(Function<DeliveryKey, Optional<String>> providerHolds) {
        this.lookUp = providerHolds;
        return this;
    }

    @Override
    public boolean settlesInterruptedSends() {
        return lookUp != null;
    }

    @Override
    public Optional<String> delivered(DeliveryKey key, Instant startedAt) {
        lookedUp.add(key);
        return lookUp.apply(key);
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
