package com.redress.intake.channel;

import com.redress.events.intake.ChannelSubmission;
import com.redress.platform.serde.AvroDeserializer;

/**
 * Reads {@code complaints.submitted} into {@link ChannelSubmission} whatever schema id a record names, so a record of
 * another schema fails to decode, and is dead-lettered with its original bytes, instead of decoding into another
 * generated class that the dead-letter publisher could not write back under the topic's subject.
 */
public class ChannelSubmissionDeserializer extends AvroDeserializer<ChannelSubmission> {

    /** For Kafka's instantiation by class name; the registry client comes from {@code schema.registry.url}. */
    public ChannelSubmissionDeserializer() {
        super(null, ChannelSubmission.class);
    }
}
