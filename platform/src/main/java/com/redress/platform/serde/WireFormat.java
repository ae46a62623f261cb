package com.redress.platform.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;

/** The Confluent wire format: magic byte 0, the schema id as 4 big-endian bytes, then the Avro binary encoding. */
final class WireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_LENGTH = 1 + Integer.BYTES;

    private WireFormat() {
    }

    static <D> byte[] encode(int schemaId, D datum, DatumWriter<D> writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.write(MAGIC_BYTE);
        out.write(ByteBuffer.allocate(Integer.BYTES).putInt(schemaId).array());
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        writer.write(datum, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    /**
     * Reads the schema id from the header after checking that {@code data} is in the wire format.
     *
     * @throws SerializationException naming the topic if the record is too short or has another magic byte
     */
    static int schemaId(byte[] data, String topic) {
        if (data.length < HEADER_LENGTH) {
            throw new SerializationException("Record from topic " + topic + " too short (" + data.length
                    + (data.length == 1 ? " byte" : " bytes") + ") for the Confluent wire format");
        }
        if (data[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "Unknown magic byte 0x%02x in record from topic %s: not Confluent Avro wire format",
                    data[0] & 0xff, topic));
        }
        return ByteBuffer.wrap(data, 1, Integer.BYTES).getInt();
    }

    /** A decoder over the Avro payload that follows the header. */
    static BinaryDecoder payload(byte[] data) {
        return DecoderFactory.get().binaryDecoder(data, HEADER_LENGTH, data.length - HEADER_LENGTH, null);
    }
}
