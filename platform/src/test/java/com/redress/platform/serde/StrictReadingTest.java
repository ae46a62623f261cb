package com.redress.platform.serde;

import static com.redress.platform.serde.ProbeEvents.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.platform.serde.testdata.ProbeChannel;
import com.redress.platform.serde.testdata.ProbeEvent;

/** The deserializer refuses what Avro's own reader lets through: malformed UTF-8 in a string, bytes after the datum. */
class StrictReadingTest {

    /** Stands in for a string's bytes in a record, so a test can put any byte sequence there. */
    private static final String MARKER = "MARKERMARKER";

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a lone 0xFF byte, 41FF42",
            "a lone continuation byte, 4180",
            "an overlong slash (C0 AF), C0AF",
            "an overlong NUL (C0 80), C080",
            "an overlong three-byte form (E0 80 AF), E080AF",
            "a high surrogate encoded as UTF-8 (ED A0 80), EDA080",
            "a low surrogate encoded as UTF-8 (ED BF BF), EDBFBF",
            "a surrogate pair encoded as CESU-8, EDA0BDEDB880",
            "a sequence cut short at the end, 41E689",
            "a sequence cut short by an ASCII byte, E68941",
            "a code point beyond U+10FFFF (F4 90 80 80), F4908080",
            "the bytes FE FF, FEFF",
            "Latin-1 text (caf E9),636166E9"})
    void shouldRefuseAStringThatIsNotWellFormedUtf8(String what, String hex) {
        // Given a ProbeEvent whose note holds the bytes
        byte[] record = withNote(hex);
        AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>(registry, ProbeEvent.class);

        // When / Then it is a malformed record naming the field, not a note of replacement characters
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, record))
                .isInstanceOfSatisfying(MalformedRecordException.class,
                        error -> assertThat(error.reason()).isEqualTo(MalformedRecordException.INVALID_UTF8))
                .hasMessageStartingWith("Invalid UTF-8 in string field note of Avro record with schema id 1 from "
                        + "topic probe.events: malformed UTF-8 at byte");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ASCII, 41, A",
            "two-byte (é), C3A9, é",
            "three-byte (中), E4B8AD, 中",
            "four-byte (😀), F09F9880, 😀",
            "a U+FFFD the writer meant, EFBFBD, \uFFFD",
            "the largest code point, F48FBFBF, \uDBFF\uDFFF"})
    void shouldReadEveryWellFormedSequence(String what, String hex, String expected) {
        byte[] record = withNote(hex);
        AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>(registry, ProbeEvent.class);

        assertThat(deserializer.deserialize(TOPIC, record).getNote()).isEqualTo(expected);
    }

    @Test
    void shouldNameTheFieldOfARecordStringAndAMapKeyWhenReadingGenericRecords() {
        // Given a schema with a nested record and a map, written with malformed bytes in each place
        Schema inner = SchemaBuilder.record("Contact").namespace("com.redress.probe").fields()
                .optionalString("email").endRecord();
        Schema outer = SchemaBuilder.record("Envelope").namespace("com.redress.probe").fields()
                .name("contact").type(inner).noDefault()
                .name("codes").type().map().values().stringType().noDefault()
                .endRecord();
        AvroDeserializer<GenericRecord> deserializer = new AvroDeserializer<>(registry);
        deserializer.configure(Map.of(), false);

        // When / Then
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, envelope(outer, inner, "C0AF", "6B", "76")))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("in string field contact.email of");
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, envelope(outer, inner, "41", "EDA080", "76")))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("in string field codes.<map key> of");
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, envelope(outer, inner, "41", "6B", "FF")))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("in string field codes of");
        // and the well-formed record reads
        GenericRecord read = deserializer.deserialize(TOPIC, envelope(outer, inner, "41", "6B", "76"));
        assertThat(((GenericRecord) read.get("contact")).get("email")).hasToString("A");
        assertThat((Map<?, ?>) read.get("codes")).hasSize(1);
    }

    @ParameterizedTest(name = "{0} trailing bytes")
    @ValueSource(ints = {1, 2, 7, 1000})
    void shouldRefuseBytesAfterTheDatum(int trailing) {
        // Given a valid record with bytes appended
        byte[] valid = new AvroSerializer<ProbeEvent>(registry).serialize(TOPIC, ProbeEvents.sample());
        byte[] record = Arrays.copyOf(valid, valid.length + trailing);
        AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>(registry, ProbeEvent.class);

        // When / Then
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, record))
                .isInstanceOfSatisfying(MalformedRecordException.class,
                        error -> assertThat(error.reason()).isEqualTo(MalformedRecordException.TRAILING_BYTES))
                .hasMessageStartingWith(trailing + (trailing == 1 ? " byte" : " bytes") + " after the Avro datum "
                        + "(schema id 1) in a " + record.length + "-byte record from topic probe.events");
        // and the record without them reads
        assertThat(deserializer.deserialize(TOPIC, valid)).isEqualTo(ProbeEvents.sample());
    }

    @Test
    void shouldRefuseTrailingBytesOfAGenericRecordToo() {
        byte[] valid = new AvroSerializer<ProbeEvent>(registry).serialize(TOPIC, ProbeEvents.sample());
        byte[] record = Arrays.copyOf(valid, valid.length + 3);
        AvroDeserializer<GenericRecord> deserializer = new AvroDeserializer<>(registry);
        deserializer.configure(Map.of(), false);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, record))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageStartingWith("3 bytes after the Avro datum");
    }

    @Test
    void shouldDecodeAMegabyteOfMalformedTextInLinearTime() {
        // Given a note of 1 MiB whose last byte breaks it, and a well-formed note of the same size
        byte[] valid = withNote("E4B8AD".repeat(349_525));
        byte[] broken = withNote("E4B8AD".repeat(349_525) + "FF");
        AvroDeserializer<ProbeEvent> deserializer = new AvroDeserializer<>(registry, ProbeEvent.class);

        // When / Then both are decided in one pass
        long start = System.nanoTime();
        assertThat(deserializer.deserialize(TOPIC, valid).getNote()).hasSize(349_525);
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, broken))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("malformed UTF-8 at byte 1048575 of a 1048576-byte string");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    /** The sample ProbeEvent in the wire format with its note's bytes replaced by {@code hex}. */
    private byte[] withNote(String hex) {
        byte[] bytes = hex(hex);
        ProbeEvent sample = ProbeEvent.newBuilder().setCaseId("C-2026-000042").setOccurredAt(ProbeEvents.OCCURRED_AT)
                .setAmountAtStake(ProbeEvents.AMOUNT).setChannel(ProbeChannel.BRANCH).setNote(MARKER).build();
        byte[] template = new AvroSerializer<ProbeEvent>(registry).serialize(TOPIC, sample);
        return replaceString(template, MARKER.getBytes(StandardCharsets.US_ASCII), bytes);
    }

    private byte[] envelope(Schema outer, Schema inner, String emailHex, String keyHex, String valueHex) {
        GenericData.Record contact = new GenericData.Record(inner);
        contact.put("email", "EMAILEMAIL");
        GenericData.Record record = new GenericData.Record(outer);
        record.put("contact", contact);
        record.put("codes", Map.of("KEYKEYKEY", "VALUEVALUE"));
        byte[] bytes = new AvroSerializer<GenericRecord>(registry).serialize(TOPIC, record);
        bytes = replaceString(bytes, "EMAILEMAIL".getBytes(StandardCharsets.US_ASCII), hex(emailHex));
        bytes = replaceString(bytes, "KEYKEYKEY".getBytes(StandardCharsets.US_ASCII), hex(keyHex));
        return replaceString(bytes, "VALUEVALUE".getBytes(StandardCharsets.US_ASCII), hex(valueHex));
    }

    /** Replaces an Avro string (its zig-zag length and bytes) holding {@code marker} by one holding {@code bytes}. */
    private static byte[] replaceString(byte[] record, byte[] marker, byte[] bytes) {
        int at = indexOf(record, marker);
        assertThat(at).as("marker in record").isPositive();
        int lengthAt = at - 1;
        assertThat(record[lengthAt]).as("one-byte length before the marker").isEqualTo((byte) (marker.length * 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(record, 0, lengthAt);
        long zigZag = (long) bytes.length << 1;
        while ((zigZag & ~0x7FL) != 0) {
            out.write((int) ((zigZag & 0x7F) | 0x80));
            zigZag >>>= 7;
        }
        out.write((int) zigZag);
        out.write(bytes, 0, bytes.length);
        out.write(record, at + marker.length, record.length - at - marker.length);
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

    private static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
