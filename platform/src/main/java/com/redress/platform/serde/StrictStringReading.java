package com.redress.platform.serde;

import java.io.IOException;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.ResolvingDecoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.Utf8;

/**
 * Avro datum readers that decode every string they read strictly ({@link StrictUtf8}) instead of replacing malformed
 * UTF-8 with U+FFFD, and name the field a malformed string was found in. Strings of writer fields the reader has no
 * field for are skipped unread, as Avro skips them.
 *
 * <p>The readers run on models of their own with Avro's fast reader and custom coders switched off: both decode
 * strings without calling the reader's {@code readString}, so either would bypass the check.
 */
final class StrictStringReading {

    private static final GenericData GENERIC_MODEL = new GenericData().setFastReaderEnabled(false);
    private static final ClassValue<SpecificData> SPECIFIC_MODELS = new ClassValue<>() {
        @Override
        protected SpecificData computeValue(Class<?> type) {
            SpecificData generated = SpecificData.getForClass(type);
            SpecificData strict = new SpecificData(type.getClassLoader());
            generated.getConversions().forEach(strict::addLogicalTypeConversion);
            strict.setCustomCoders(false);
            strict.setFastReaderEnabled(false);
            return strict;
        }
    };

    private StrictStringReading() {
    }

    /** A generic reader ({@code GenericRecord}s) with strict strings. */
    static GenericDatumReader<Object> generic(Schema writer, Schema reader) {
        return new Generic(writer, reader, GENERIC_MODEL);
    }

    /** A reader into the generated class {@code type}, with its logical-type conversions and strict strings. */
    static SpecificDatumReader<Object> specific(Schema writer, Class<? extends SpecificRecord> type) {
        SpecificData model = SPECIFIC_MODELS.get(type);
        return new Specific(writer, model.getSchema(type), model);
    }

    /** The string read as the reader's string class would have it: {@code String}, {@code Utf8} or another class. */
    private static Object strictString(Object old, Class<?> stringClass, Decoder in, Instantiator instantiator)
            throws IOException {
        Utf8 raw = in.readString(old instanceof Utf8 utf8 ? utf8 : null);
        String text = StrictUtf8.decode(raw.getBytes(), raw.getByteLength());
        if (stringClass == String.class) {
            return text;
        }
        if (stringClass == CharSequence.class) {
            return raw;
        }
        return instantiator.newInstance(stringClass, text);
    }

    @FunctionalInterface
    private interface Instantiator {
        Object newInstance(Class<?> type, String text);
    }

    private static final class Generic extends GenericDatumReader<Object> {

        Generic(Schema writer, Schema reader, GenericData model) {
            super(writer, reader, model);
        }

        @Override
        protected Object readString(Object old, Schema expected, Decoder in) throws IOException {
            return strictString(old, findStringClass(expected), in, this::newInstanceFromString);
        }

        @Override
        protected Object readMapKey(Object old, Schema expected, Decoder in) throws IOException {
            try {
                return super.readMapKey(old, expected, in);
            } catch (StrictUtf8.InvalidUtf8Exception e) {
                throw e.within("<map key>");
            }
        }

        @Override
        protected void readField(Object record, Schema.Field field, Object oldDatum, ResolvingDecoder in,
                Object state) throws IOException {
            try {
                super.readField(record, field, oldDatum, in, state);
            } catch (StrictUtf8.InvalidUtf8Exception e) {
                throw e.within(field.name());
            }
        }
    }

    private static final class Specific extends SpecificDatumReader<Object> {

        Specific(Schema writer, Schema reader, SpecificData model) {
            super(writer, reader, model);
        }

        @Override
        protected Object readString(Object old, Schema expected, Decoder in) throws IOException {
            return strictString(old, findStringClass(expected), in, this::newInstanceFromString);
        }

        @Override
        protected Object readMapKey(Object old, Schema expected, Decoder in) throws IOException {
            try {
                return super.readMapKey(old, expected, in);
            } catch (StrictUtf8.InvalidUtf8Exception e) {
                throw e.within("<map key>");
            }
        }

        @Override
        protected void readField(Object record, Schema.Field field, Object oldDatum, ResolvingDecoder in,
                Object state) throws IOException {
            try {
                super.readField(record, field, oldDatum, in, state);
            } catch (StrictUtf8.InvalidUtf8Exception e) {
                throw e.within(field.name());
            }
        }
    }
}
