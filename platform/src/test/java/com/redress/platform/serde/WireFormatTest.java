package com.redress.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void shouldWriteZeroMagicByteThenBigEndianIdThenAvroBinary() throws Exception {
        // Given
        Schema schema = SchemaBuilder.record("Code").fields().requiredString("code").endRecord();
        GenericRecord record = new GenericData.Record(schema);
        record.put("code", "ab");

        // When
        byte[] bytes = WireFormat.encode(4711, record, new GenericDatumWriter<>(schema));

        // Then: 4711 = 0x00001267; "ab" = zig-zag length 2 (0x04) then the UTF-8 bytes
        assertThat(bytes).containsExactly(0x00, 0x00, 0x00, 0x12, 0x67, 0x04, 'a', 'b');
    }

    @Test
    void shouldReadSchemaIdFromHeader() {
        // Given
        byte[] bytes = {0x00, 0x01, 0x02, 0x03, 0x04, 0x02};

        // When
        int id = WireFormat.schemaId(bytes, "complaints.registered");

        // Then
        assertThat(id).isEqualTo(0x01020304);
    }
}
