package com.redress.intake.normalisation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.redress.events.common.NotificationChannel;
import com.redress.platform.privacy.ContactDetails;

/** Orders the channels a customer can be notified on: the one they asked for first, then every other one usable. */
public final class NotificationPreferences {

    private static final Map<String, NotificationChannel> CHANNELS_BY_NAME = Map.ofEntries(
            Map.entry("sms", NotificationChannel.SMS), Map.entry("text", NotificationChannel.SMS),
            Map.entry("phone", NotificationChannel.SMS), Map.entry("mobile", NotificationChannel.SMS),
            Map.entry("短信", NotificationChannel.SMS), Map.entry("电话", NotificationChannel.SMS),
            Map.entry("手机", NotificationChannel.SMS),
            Map.entry("email", NotificationChannel.EMAIL), Map.entry("e mail", NotificationChannel.EMAIL),
            Map.entry("mail", NotificationChannel.EMAIL), Map.entry("邮件", NotificationChannel.EMAIL),
            Map.entry("电子邮件", NotificationChannel.EMAIL), Map.entry("邮箱", NotificationChannel.EMAIL),
            Map.entry("app", NotificationChannel.PUSH), Map.entry("push", NotificationChannel.PUSH),
            Map.entry("手机银行", NotificationChannel.PUSH), Map.entry("推送", NotificationChannel.PUSH));

    private NotificationPreferences() {
    }

    /** The usable channels for {@code contact}, the stated preference first when it is usable. */
    public static List<NotificationChannel> order(String statedPreference, ContactDetails contact) {
        Set<NotificationChannel> usable = new LinkedHashSet<>();
        if (contact.phoneE164() != null) {
            usable.add(NotificationChannel.SMS);
        }
        if (contact.email() != null) {
            usable.add(NotificationChannel.EMAIL);
        }
        if (contact.appPushId() != null) {
            usable.add(NotificationChannel.PUSH);
        }
        NotificationChannel preferred = CHANNELS_BY_NAME.get(UnicodeText.aliasKey(statedPreference));
        List<NotificationChannel> ordered = new ArrayList<>();
        if (preferred != null && usable.contains(preferred)) {
            ordered.add(preferred);
        }
        usable.stream().filter(channel -> !ordered.contains(channel)).forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
