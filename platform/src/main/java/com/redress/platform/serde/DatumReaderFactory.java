package com.redress.platform.serde;

import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Chooses the reader schema for a writer schema and builds the Avro reader that resolves one into the other; every
 * reader decodes strings strictly ({@link StrictStringReading}).
 */
@FunctionalInterface
interface DatumReaderFactory {

    /**
     * Builds the reader for records written with {@code writerSchema}.
     *
     * @throws IllegalStateException if no reader can be built for that writer schema
     */
    DatumReader<Object> readerFor(Schema writerSchema);

    /** Reads into {@code GenericRecord}s with the writer's own schema, as Confluent's deserializer does by default. */
    static DatumReaderFactory generic() {
        return writerSchema -> StrictStringReading.generic(writerSchema, writerSchema);
    }

    /** Reads into the generated class named by each writer schema ({@code specific.avro.reader=true}). */
    static DatumReaderFactory specificByWriterName() {
        return writerSchema -> {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            Class<?> type = TrustedGeneratedClasses.generatedClassOf(writerSchema,
                    context != null ? context : DatumReaderFactory.class.getClassLoader());
            if (type == null || !SpecificRecord.class.isAssignableFrom(type)) {
                throw new IllegalStateException("no generated SpecificRecord class "
                        + SpecificData.getClassName(writerSchema)
                        + " on the classpath, which specific.avro.reader=true requires");
            }
            return specificReader(writerSchema, type.asSubclass(SpecificRecord.class));
        };
    }

    /** Reads into {@code type} whatever the writer schema is, following Avro's schema-resolution rules. */
    static DatumReaderFactory specific(Class<? extends SpecificRecord> type) {
        Objects.requireNonNull(type, "type");
        return writerSchema -> specificReader(writerSchema, type);
    }

    /** Uses the conversions of the class's own model for its logical types (decimal, timestamps). */
    private static DatumReader<Object> specificReader(Schema writerSchema, Class<? extends SpecificRecord> type) {
        TrustedGeneratedClasses.trust(type);
        return StrictStringReading.specific(writerSchema, type);
    }
}
