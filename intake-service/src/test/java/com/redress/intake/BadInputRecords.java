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
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.redress.contract.Topics;
import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.FirstContactOwner;
import com.redress.events.intake.SubmittedContact;
import com.redress.platform.registry.SchemaRegistryClient;
import com.redress.platform.registry.SchemaRegistryClients;
import com.redress.platform.serde.AvroSerializer;

/**
 * Test helper: turns a Kafka case of the bad-input corpus into the record a channel system would publish.
 * {@code .bin} is the value as stored; {@code .json} a {@code ChannelSubmission} built from its fields in the wire
 * format; {@code .yml} says how to build it: {@code tombstone}, {@code truncated-submission},
 * {@code registered-schema} (any schema, registered under its own subject, with a datum in Avro's JSON encoding),
 * {@code invalid-string} (a submission whose string {@code field} holds the given {@code bytes}, which Avro's JSON
 * encoding cannot express) or {@code trailing-bytes} (a submission with bytes, or a second datum, after it).
 */
final class BadInputRecords {

    /** Stands in for a string of the submission, so that its bytes can be replaced in the encoded record. */
    private static final String MARKER = "@@INVALID-UTF8@@";

    private static final int WIRE_HEADER_BYTES = 5;

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
        String file = badInput.file();
        if (badInput.extension().equals("yml")) {
            // a recipe built from a submission file registers under that submission's message id
            file = (String) recipe(file, messageId).get("submission");
        }
        return submission(file, messageId).getChannelMessageId();
    }

    /** The value of the submission in {@code file}, a {@code .json} file, in the wire format. */
    byte[] submissionValueOf(String file, String messageId) {
        return wireFormat(submission(file, messageId));
    }

    /**
     * The record key of {@code badInput}: the index's, with {@code {{messageId}}} expanded; by default a submission's
     * own {@code <channel>:<channelMessageId>} (a {@code .json} case's, or that of the submission a {@code .yml}
     * recipe builds on), and {@code bad-input:<messageId>} for what is no submission.
     */
    String keyOf(BadInputCase badInput, String messageId) {
        if (badInput.keyless()) {
            return null;
        }
        if (badInput.key() != null) {
            return badInput.key().replace("{{messageId}}", messageId);
        }
        if (badInput.extension().equals("json")) {
            return submissionKeyOf(badInput.file(), messageId);
        }
        String submissionFile = badInput.extension().equals("yml")
                ? (String) recipe(badInput.file(), messageId).get("submission") : null;
        return submissionFile != null ? submissionKeyOf(submissionFile, messageId) : "bad-input:" + messageId;
    }

    private static Map<String, Object> recipe(String file, String messageId) {
        return new Yaml().load(new String(BadInputCorpus.expanded(file, messageId), StandardCharsets.UTF_8));
    }

    /** The key the submission in {@code file} is published under: its {@code <channel>:<channelMessageId>}. */
    String submissionKeyOf(String file, String messageId) {
        ChannelSubmission submission = submission(file, messageId);
        return submission.getChannel() + ":" + submission.getChannelMessageId();
    }

    /** The case's Kafka record headers, values as UTF-8 and {@code {{messageId}}} expanded. */
    static Headers headersOf(BadInputCase badInput, String messageId) {
        Headers headers = new RecordHeaders();
        badInput.headers().forEach((name, value) -> headers.add(name, value == null ? null
                : value.replace("{{messageId}}", messageId).getBytes(StandardCharsets.UTF_8)));
        return headers;
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
            case "invalid-string" -> {
                String field = (String) recipe.get("field");
                ChannelSubmission marked = withMarker(submission((String) recipe.get("submission"), messageId), field);
                String marker = field.equals("eventId") ? marked.getEventId().toString() : MARKER;
                yield replaceString(wireFormat(marked), marker.getBytes(StandardCharsets.UTF_8),
                        hex((String) recipe.get("bytes")));
            }
            case "trailing-bytes" -> {
                byte[] whole = wireFormat(submission((String) recipe.get("submission"), messageId));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(whole);
                if (Boolean.TRUE.equals(recipe.get("append-datum"))) {
                    out.write(whole, WIRE_HEADER_BYTES, whole.length - WIRE_HEADER_BYTES);
                }
                if (recipe.containsKey("append")) {
                    out.writeBytes(hex((String) recipe.get("append")));
                }
                yield out.toByteArray();
            }
            default -> throw new IllegalArgumentException("Unknown recipe in " + file + ": " + recipe.get("build"));
        };
    }

    private ChannelSubmission submission(String file, String messageId) {
        JsonNode fields = json.readTree(BadInputCorpus.expanded(file, messageId));
        JsonNode contact = fields.path("contact");
        JsonNode owner = fields.path("firstContactOwner");
        Map<String, String> codes = new LinkedHashMap<>();
        fields.path("channelCodes").properties().forEach(code -> codes.put(code.getKey(), code.getValue().asString()));
        return ChannelSubmission.newBuilder()
                .setEventId(fields.has("eventId") ? UUID.fromString(text(fields, "eventId")) : UUID.randomUUID())
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
                .setFirstContactOwner(owner.isObject()
                        ? new FirstContactOwner(text(owner, "staffId"), text(owner, "unitId")) : null)
                .build();
    }

    /** {@code submission} with {@link #MARKER} in {@code field} (eventId: its UUID is the marker). */
    private static ChannelSubmission withMarker(ChannelSubmission submission, String field) {
        ChannelSubmission.Builder builder = ChannelSubmission.newBuilder(submission);
        SubmittedContact.Builder contact = SubmittedContact.newBuilder(submission.getContact());
        switch (field) {
            case "eventId" -> { }
            case "source" -> builder.setSource(MARKER);
            case "channel" -> builder.setChannel(MARKER);
            case "channelMessageId" -> builder.setChannelMessageId(MARKER);
            case "receivedZoneId" -> builder.setReceivedZoneId(MARKER);
            case "customerReference" -> builder.setCustomerReference(MARKER);
            case "customerSegment" -> builder.setCustomerSegment(MARKER);
            case "product" -> builder.setProduct(MARKER);
            case "amountAsWritten" -> builder.setAmountAsWritten(MARKER);
            case "text" -> builder.setText(MARKER);
            case "contact.phone" -> builder.setContact(contact.setPhone(MARKER).build());
            case "contact.email" -> builder.setContact(contact.setEmail(MARKER).build());
            case "contact.appPushId" -> builder.setContact(contact.setAppPushId(MARKER).build());
            case "channelCodes.key" -> builder.setChannelCodes(Map.of(MARKER, "cards"));
            case "channelCodes.value" -> builder.setChannelCodes(Map.of("queue", MARKER));
            case "firstContactOwner.staffId" -> builder.setFirstContactOwner(new FirstContactOwner(MARKER, null));
            case "firstContactOwner.unitId" -> builder.setFirstContactOwner(new FirstContactOwner(null, MARKER));
            default -> throw new IllegalArgumentException("No string field " + field + " in a ChannelSubmission");
        }
        return builder.build();
    }

    /** Replaces the Avro string holding {@code marker} (its zig-zag varint length, then its bytes) by {@code bytes}. */
    private static byte[] replaceString(byte[] record, byte[] marker, byte[] bytes) {
        byte[] markerString = avroString(marker);
        int at = indexOf(record, markerString);
        if (at < 0) {
            throw new IllegalStateException("The encoded submission does not hold the marker");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(record, 0, at);
        out.writeBytes(avroString(bytes));
        out.write(record, at + markerString.length, record.length - at - markerString.length);
        return out.toByteArray();
    }

    private static byte[] avroString(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long zigZag = (long) bytes.length << 1;
        while ((zigZag & ~0x7FL) != 0) {
            out.write((int) ((zigZag & 0x7F) | 0x80));
            zigZag >>>= 7;
        }
        out.write((int) zigZag);
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Bytes written as hex digits, spaces allowed between them. */
    private static byte[] hex(String digits) {
        String compact = digits.replace(" ", "");
        byte[] bytes = new byte[compact.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(compact.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
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
