package com.redress.platform.serde;

import com.redress.platform.registry.SchemaNotFoundException;
import com.redress.platform.registry.SchemaRegistryClient;
import com.redress.platform.registry.SchemaRegistryClients;
import com.redress.platform.registry.SchemaRegistryException;
import com.redress.platform.registry.SchemaRegistryUnreachableException;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Deserializes records in the Confluent wire format, fetching the writer schema by the id in the header: into
 * {@code GenericRecord}s, or into generated {@code SpecificRecord} classes with {@code specific.avro.reader=true} or
 * an explicit target class.
 *
 * <p>Kafka can instantiate it by class name ({@code value.deserializer=com.redress.platform.serde.AvroDeserializer});
 * it then builds its registry client from {@code schema.registry.url} in {@link #configure(Map, boolean)}. Failures
 * are {@link SerializationException}s whose messages name the topic and the cause, for dead-letter headers.
 * {@code null} stays {@code null}. Reading is strict where Avro is lenient: a string that is not well-formed UTF-8,
 * or bytes after the datum, make a {@link MalformedRecordException} instead of U+FFFD characters or ignored bytes.
 * A record on a topic of the contract whose schema is not that topic's record (one
 * of our other events, written to the wrong topic) is such a failure too, so it is dead-lettered with its original
 * bytes rather than read into a class its consumer cannot handle or write back.
 *
 * @param <T> the record type
 */
public class AvroDeserializer<T> implements Deserializer<T> {

    private final SchemaRegistryClient explicitRegistry;
    private final Class<? extends SpecificRecord> specificType;
    private final Map<Integer, DatumReader<Object>> readersBySchemaId = new ConcurrentHashMap<>();
    private final Map<Integer, String> writerNamesBySchemaId = new ConcurrentHashMap<>();
    private SchemaRegistryClient registry;
    private DatumReaderFactory readers;

    /** For Kafka's instantiation by class name; {@link #configure(Map, boolean)} must follow. */
    public AvroDeserializer() {
        this.explicitRegistry = null;
        this.specificType = null;
    }

    /**
     * Uses {@code registry} instead of one built from {@code schema.registry.url}. Until configured, it reads
     * {@code GenericRecord}s.
     */
    public AvroDeserializer(SchemaRegistryClient registry) {
        this.explicitRegistry = Objects.requireNonNull(registry, "registry");
        this.specificType = null;
        use(registry, DatumReaderFactory.generic());
    }

    /**
     * Reads into the generated class {@code specificType}, resolving each writer schema against the class's schema.
     *
     * @param registry the registry client, or {@code null} to build one from {@code schema.registry.url} when
     *     configured
     * @throws IllegalArgumentException if {@code specificType} is not a generated {@code SpecificRecord} class
     */
    public AvroDeserializer(SchemaRegistryClient registry, Class<T> specificType) {
        this.explicitRegistry = registry;
        this.specificType = asSpecificRecordClass(specificType);
        if (registry != null) {
            use(registry, DatumReaderFactory.specific(this.specificType));
        }
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = AvroSerdeConfig.from(configs);
        SchemaRegistryClient client = explicitRegistry != null
                ? explicitRegistry
                : SchemaRegistryClients.fromConfig(config.registry());
        use(client, readerFactory(config.specificAvroReader()));
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (registry == null) {
            throw new SerializationException("AvroDeserializer used before configure(...) for topic " + topic);
        }
        int schemaId = WireFormat.schemaId(data, topic);
        DatumReader<Object> reader = readerFor(schemaId, topic);
        TopicContracts.requireContractRecord(topic, writerNamesBySchemaId.get(schemaId), schemaId);
        BinaryDecoder payload = WireFormat.payload(data);
        T record;
        try {
            @SuppressWarnings("unchecked")
            T read = (T) reader.read(null, payload);
            record = read;
        } catch (StrictUtf8.InvalidUtf8Exception e) {
            throw new MalformedRecordException(MalformedRecordException.INVALID_UTF8, "Invalid UTF-8 in string "
                    + (e.path().isEmpty() ? "" : "field " + e.path() + " ") + "of Avro record with schema id "
                    + schemaId + " from topic " + topic + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            // Whatever breaks while decoding bytes from outside must surface as a deserialization failure.
            throw new SerializationException("Failed to decode Avro record with schema id " + schemaId
                    + " from topic " + topic + ": " + e, e);
        }
        requireEnd(payload, data.length, schemaId, topic);
        return record;
    }

    /** A record is one datum: bytes after it would be ignored by a lenient reader, so they make it malformed. */
    private static void requireEnd(BinaryDecoder payload, int recordLength, int schemaId, String topic) {
        int trailing;
        try {
            trailing = payload.isEnd() ? 0 : payload.remainingBytes();
        } catch (IOException e) {
            throw new SerializationException("Failed to decode Avro record with schema id " + schemaId
                    + " from topic " + topic + ": " + e, e);
        }
        if (trailing != 0) {
            throw new MalformedRecordException(MalformedRecordException.TRAILING_BYTES, trailing
                    + (trailing == 1 ? " byte" : " bytes") + " after the Avro datum (schema id " + schemaId
                    + ") in a " + recordLength + "-byte record from topic " + topic
                    + ": a record in the wire format holds exactly one datum", null);
        }
    }

    private DatumReader<Object> readerFor(int schemaId, String topic) {
        DatumReader<Object> cached = readersBySchemaId.get(schemaId);
        if (cached != null) {
            return cached;
        }
        Schema writerSchema = writerSchema(schemaId, topic);
        writerNamesBySchemaId.put(schemaId, writerSchema.getFullName());
        DatumReader<Object> reader;
        try {
            reader = readers.readerFor(writerSchema);
        } catch (RuntimeException e) {
            throw new SerializationException("Cannot read " + writerSchema.getFullName() + " (schema id " + schemaId
                    + ", topic " + topic + "): " + e.getMessage(), e);
        }
        readersBySchemaId.putIfAbsent(schemaId, reader);
        return reader;
    }

    private Schema writerSchema(int schemaId, String topic) {
        try {
            return registry.byId(schemaId);
        } catch (SchemaNotFoundException e) {
            throw new SerializationException("Schema id " + schemaId + " not found in schema registry (topic "
                    + topic + ")", e);
        } catch (SchemaRegistryUnreachableException e) {
            throw new SerializationException("Schema registry unreachable while fetching schema id " + schemaId
                    + " for a record from topic " + topic + ": " + e.getMessage(), e);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("Schema registry failed to return schema id " + schemaId
                    + " for a record from topic " + topic + ": " + e.getMessage(), e);
        }
    }

    private DatumReaderFactory readerFactory(boolean specificAvroReader) {
        if (specificType != null) {
            return DatumReaderFactory.specific(specificType);
        }
        return specificAvroReader ? DatumReaderFactory.specificByWriterName() : DatumReaderFactory.generic();
    }

    private void use(SchemaRegistryClient client, DatumReaderFactory factory) {
        this.registry = client;
        this.readers = factory;
        readersBySchemaId.clear();
        writerNamesBySchemaId.clear();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends SpecificRecord> asSpecificRecordClass(Class<?> type) {
        Objects.requireNonNull(type, "specificType");
        if (!SpecificRecord.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " is not a generated Avro SpecificRecord class");
        }
        return (Class<? extends SpecificRecord>) type;
    }
}
