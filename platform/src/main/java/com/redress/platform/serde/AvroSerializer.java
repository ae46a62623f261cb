package com.redress.platform.serde;

import com.redress.platform.registry.RegisteredSchema;
import com.redress.platform.registry.SchemaNotFoundException;
import com.redress.platform.registry.SchemaRegistryClient;
import com.redress.platform.registry.SchemaRegistryClients;
import com.redress.platform.registry.SubjectNotFoundException;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serializes Avro records ({@code SpecificRecord} or {@code GenericRecord}) into the Confluent wire format, with the
 * schema id of the subject {@code <topic>-value} or {@code <topic>-key}.
 *
 * <p>Kafka can instantiate it by class name ({@code value.serializer=com.redress.platform.serde.AvroSerializer});
 * it then builds its registry client from {@code schema.registry.url} in {@link #configure(Map, boolean)}.
 * A {@code null} record becomes {@code null} (a tombstone).
 *
 * @param <T> the record type
 */
public class AvroSerializer<T> implements Serializer<T> {

    private final SchemaRegistryClient explicitRegistry;
    private final Map<Schema, String> parsingForms = new ConcurrentHashMap<>();
    private SchemaRegistryClient registry;
    private AvroSerdeConfig config;
    private boolean isKey;

    /** For Kafka's instantiation by class name; {@link #configure(Map, boolean)} must follow. */
    public AvroSerializer() {
        this.explicitRegistry = null;
    }

    /**
     * Uses {@code registry} instead of one built from {@code schema.registry.url}. Until configured, it serializes
     * values with the default settings.
     */
    public AvroSerializer(SchemaRegistryClient registry) {
        this.explicitRegistry = Objects.requireNonNull(registry, "registry");
        this.registry = registry;
        this.config = AvroSerdeConfig.defaults();
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = AvroSerdeConfig.from(configs);
        this.registry = explicitRegistry != null ? explicitRegistry : SchemaRegistryClients.fromConfig(config.registry());
        this.isKey = isKey;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        if (registry == null) {
            throw new SerializationException("AvroSerializer used before configure(...) for topic " + topic);
        }
        if (!(data instanceof IndexedRecord record)) {
            throw new SerializationException("AvroSerializer writes Avro records (SpecificRecord or GenericRecord), "
                    + "not " + data.getClass().getName() + " (topic " + topic + ")");
        }
        String subject = SubjectNames.of(topic, isKey);
        Schema schema = record.getSchema();
        try {
            return WireFormat.encode(schemaId(topic, subject, schema), record, writerFor(record));
        } catch (SerializationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Includes Avro's NullPointerException for a missing required field and registry failures.
            throw new SerializationException("Failed to serialize " + schema.getFullName() + " record for topic "
                    + topic + " (subject " + subject + "): " + e.getMessage(), e);
        }
    }

    private int schemaId(String topic, String subject, Schema schema) {
        if (config.autoRegisterSchemas()) {
            return registry.register(subject, schema);
        }
        if (config.useLatestVersion()) {
            return latestVersionId(topic, subject, schema);
        }
        try {
            return registry.idOf(subject, schema);
        } catch (SubjectNotFoundException | SchemaNotFoundException e) {
            throw new SerializationException("Schema " + schema.getFullName() + " is not registered under subject "
                    + subject + " (topic " + topic + ") and " + AvroSerdeConfig.AUTO_REGISTER_SCHEMAS + " is false: "
                    + "register it before producing, or enable " + AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, e);
        }
    }

    /**
     * The id names the writer schema, so the latest version may label the record only if both schemas encode alike:
     * equal Parsing Canonical Forms, which ignore docs, defaults and properties such as {@code avro.java.string}.
     */
    private int latestVersionId(String topic, String subject, Schema schema) {
        RegisteredSchema latest = registry.latest(subject);
        if (!parsingForm(latest.schema()).equals(parsingForm(schema))) {
            throw new SerializationException("Schema " + schema.getFullName() + " of the record does not encode like "
                    + "version " + latest.version() + " (id " + latest.id() + "), the latest of subject " + subject
                    + " (topic " + topic + "); with " + AvroSerdeConfig.USE_LATEST_VERSION
                    + "=true the record must have the latest version's fields and types");
        }
        return latest.id();
    }

    private String parsingForm(Schema schema) {
        return parsingForms.computeIfAbsent(schema, SchemaNormalization::toParsingForm);
    }

    private static DatumWriter<IndexedRecord> writerFor(IndexedRecord record) {
        if (record instanceof SpecificRecord) {
            // The class's own model carries the conversions of its logical types (decimal, timestamps).
            return new SpecificDatumWriter<>(record.getSchema(), SpecificData.getForClass(record.getClass()));
        }
        return new GenericDatumWriter<>(record.getSchema(), GenericData.get());
    }
}
