package com.redress.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.redress.contract.Topics;
import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.SubmittedContact;
import com.redress.platform.registry.SchemaRegistryClient;
import com.redress.platform.registry.SchemaRegistryClients;
import com.redress.platform.serde.AvroSerializer;

/**
 * Test helper: turns a Kafka case of the bad-input corpus into the record value a channel system would publish.
 * {@code .bin} is the value as stored; {@code .json} a {@code ChannelSubmission} built from its fields in the wire
 * format; {@code .yml} says how to build it: {@code tombstone}, {@code truncated-submission} or
 * {@code registered-schema} (any schema, registered under its own subject, with a datum in Avro's JSON encoding).
 */
final class BadInputRecords {

    private final Map<String, Object> clientProperties;
    private final SchemaRegistryClient registry;
    private final JsonMapper json = JsonMapper.builder().build();

    BadInputRecords(Map<String, Object> clientProperties) {
        this.clientProperties = new HashMap<>(clientProperties);
        this.clientProperties.put("auto.register.schemas", false);
        this.registry = SchemaRegistryClients.fromConfig(this.clientProperties);
    }

    /** The record value of {@code badInput} with {@code messageId} filled in; {@code null} for a tombstone. */
    byte[] valueOf(BadInputCase badInput, String messageId) {
        return switch (badInput.extension()) {
            case "bin" -> BadInputCorpus.expanded(badInput.file(), messageId);
            case "json" -> wireFormat(submission(badInput.file(), messageId));
            case "yml" -> built(badInput.file(), messageId);
            default -> throw new IllegalArgumentException("No way to build a record from " + badInput.file());
        };
    }

    /** The channel message id a {@code .json} case's submission carries, for finding its registration. */
    String messageIdOf(BadInputCase badInput, String messageId) {
        return submission(badInput.file(), messageId).getChannelMessageId();
    }

    private byte[] built(String file, String messageId) {
        Map<String, Object> recipe = new Yaml().load(new String(BadInputCorpus.expanded(file, messageId),
                StandardCharsets.UTF_8));
        return switch ((String) recipe.get("build")) {
            case "tombstone" -> null;
            case "truncated-submission" -> {
                byte[] whole = wireFormat(submission((String) recipe.get("submission"), messageId));
                yield Arrays.copyOf(whole, (Integer) recipe.get("keep-bytes"));
            }
            case "registered-schema" -> registeredSchemaRecord((String) recipe.get("subject"),
                    new Schema.Parser().parse((String) recipe.get("schema")), (String) recipe.get("datum"));
            default -> throw new IllegalArgumentException("Unknown recipe in " + file + ": " + recipe.get("build"));
        };
    }

    private ChannelSubmission submission(String file, String messageId) {
        JsonNode fields = json.readTree(BadInputCorpus.expanded(file, messageId));
        JsonNode contact = fields.path("contact");
        Map<String, String> codes = new LinkedHashMap<>();
        fields.path("channelCodes").properties().forEach(code -> codes.put(code.getKey(), code.getValue().asString()));
        return ChannelSubmission.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setSource(text(fields, "source"))
                .setChannel(text(fields, "channel"))
                .setChannelMessageId(text(fields, "channelMessageId"))
                .setReceivedAt(fields.has("receivedAt") ? Instant.parse(text(fields, "receivedAt"))
                        : Instant.now().minusSeconds(60))
                .setReceivedZoneId(text(fields, "receivedZoneId"))
                .setCustomerReference(text(fields, "customerReference"))
                .setContact(SubmittedContact.newBuilder()
                        .setPhone(text(contact, "phone"))
                        .setEmail(text(contact, "email"))
                        .setAppPushId(text(contact, "appPushId"))
                        .setPreferredContactChannel(text(contact, "preferredContactChannel"))
                        .setPreferredLanguage(text(contact, "preferredLanguage"))
                        .build())
                .setCustomerSegment(text(fields, "customerSegment"))
                .setProduct(text(fields, "product"))
                .setAmountAsWritten(text(fields, "amountAsWritten"))
                .setText(text(fields, "text"))
                .setChannelCodes(codes)
                .build();
    }

    private static String text(JsonNode fields, String name) {
        JsonNode value = fields.path(name);
        return value.isString() ? value.asString() : null;
    }

    private byte[] wireFormat(ChannelSubmission submission) {
        try (AvroSerializer<ChannelSubmission> serializer = new AvroSerializer<>()) {
            serializer.configure(clientProperties, false);
            return serializer.serialize(Topics.COMPLAINTS_SUBMITTED, submission);
        }
    }

    /** The Confluent wire format by hand: magic byte 0, the schema id the registry gave, the Avro binary. */
    private byte[] registeredSchemaRecord(String subject, Schema schema, String avroJsonDatum) {
        int schemaId = registry.register(subject, schema);
        try {
            GenericRecord datum = new GenericDatumReader<GenericRecord>(schema)
                    .read(null, DecoderFactory.get().jsonDecoder(schema, avroJsonDatum));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0);
            out.write(ByteBuffer.allocate(Integer.BYTES).putInt(schemaId).array());
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            new GenericDatumWriter<GenericRecord>(schema).write(datum, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the datum for subject " + subject, e);
        }
    }
}
