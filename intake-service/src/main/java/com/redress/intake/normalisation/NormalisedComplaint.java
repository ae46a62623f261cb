package com.redress.intake.normalisation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.redress.events.common.Money;
import com.redress.events.common.NotificationChannel;
import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;
import com.redress.platform.privacy.ContactDetails;

/**
 * A valid submission in canonical form: channel and segment as enums, contact details normalised, the amount parsed,
 * times in UTC with the zone kept. The text is normalised but not yet redacted. Personal data: never logged.
 */
public record NormalisedComplaint(
        String source,
        Channel channel,
        String channelMessageId,
        Instant receivedAt,
        ZoneId receivedZone,
        String customerReference,
        ContactDetails contact,
        List<NotificationChannel> preferredNotificationChannels,
        String language,
        CustomerSegment segment,
        String product,
        Money amountAtStake,
        String text,
        String channelCategoryCode,
        String firstContactStaffId,
        String firstContactUnitId) {

    public NormalisedComplaint {
        preferredNotificationChannels = List.copyOf(preferredNotificationChannels);
    }

    @Override
    public String toString() {
        return "NormalisedComplaint[channel=" + channel + "]";
    }
}
