package com.redress.intake.channel;

import com.redress.events.intake.ChannelSubmission;
import com.redress.platform.serde.AvroDeserializer;

/**
 * Reads {@code complaints.submitted} into {@link ChannelSubmission} whatever schema id a record names, so a record of
 * another schema fails to decode, and is dead-lettered with its original bytes, instead of decoding into another
 * generated class that the dead-letter publisher could not write back under the topic's subject. Like every platform
 * deserializer it reads strictly: a string that is not well-formed UTF-8, or bytes after the datum, fail to decode
 * too ({@code invalid_utf8}, {@code trailing_bytes}), where Avro alone would read U+FFFD or ignore the bytes.
 */
public class ChannelSubmissionDeserializer extends AvroDeserializer<ChannelSubmission> {

    /** For Kafka's instantiation by class name; the registry client comes from {@code schema.registry.url}. */
    public ChannelSubmissionDeserializer() {
        super(null, ChannelSubmission.class);
    }
}
