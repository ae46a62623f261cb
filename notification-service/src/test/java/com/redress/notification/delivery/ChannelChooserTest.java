package com.redress.notification.delivery;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.redress.events.common.NotificationChannel;
import com.redress.notification.contact.CustomerContact;

import static com.redress.events.common.NotificationChannel.EMAIL;
import static com.redress.events.common.NotificationChannel.PUSH;
import static com.redress.events.common.NotificationChannel.SMS;
import static org.assertj.core.api.Assertions.assertThat;

/** Which channels are tried for a customer, in which order. */
class ChannelChooserTest {

    private static final CustomerContact EVERYTHING = new CustomerContact("+8613800001234", "l@example.com", "push-1");

    private final ChannelChooser chooser = new ChannelChooser(List.of(EMAIL, SMS, PUSH), Set.of(EMAIL, SMS, PUSH));

    @Test
    void shouldFollowTheCustomersPreferences() {
        assertThat(chooser.candidates(List.of(PUSH, SMS), EVERYTHING)).containsExactly(PUSH, SMS);
    }

    @Test
    void shouldUseTheFallbackOrderWhenTheCustomerStatedNoPreference() {
        assertThat(chooser.candidates(List.of(), EVERYTHING)).containsExactly(EMAIL, SMS, PUSH);
    }

    @Test
    void shouldSkipChannelsWithoutAnAddress() {
        assertThat(chooser.candidates(List.of(SMS, EMAIL), new CustomerContact(null, "l@example.com", null)))
                .containsExactly(EMAIL);
    }

    @Test
    void shouldSkipChannelsWithoutASender() {
        ChannelChooser emailOnly = new ChannelChooser(List.of(EMAIL, SMS), Set.of(EMAIL));

        assertThat(emailOnly.candidates(List.of(SMS, EMAIL, NotificationChannel.UNKNOWN), EVERYTHING))
                .containsExactly(EMAIL);
    }
}
