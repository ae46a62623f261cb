package com.redress.platform.serde;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Declares to Avro's class-loading guard the generated classes that records are deserialized into.
 *
 * <p>Since Avro 1.12.2, every class Avro loads by name, including an application's own generated records and enums,
 * must be trusted by {@link ClassSecurityValidator} (or listed in {@code org.apache.avro.SERIALIZABLE_PACKAGES}).
 * The serde trusts exactly the generated classes it reads into, and the records, enums and fixed types their schema
 * references, by adding a predicate to the global validator, keeping whatever it trusted before.
 */
final class TrustedGeneratedClasses {

    private static final Set<String> TRUSTED = ConcurrentHashMap.newKeySet();
    private static final ClassSecurityPredicate PREDICATE = type -> TRUSTED.contains(type.getName());
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private TrustedGeneratedClasses() {
    }

    /** Trusts {@code type} and the generated classes of every named type its schema references. */
    static void trust(Class<? extends SpecificRecord> type) {
        ClassLoader loader = type.getClassLoader();
        Set<String> visited = new HashSet<>();
        collect(SpecificData.getForClass(type).getSchema(type), loader, visited);
        if (INSTALLED.compareAndSet(false, true)) {
            ClassSecurityValidator.setGlobal(
                    ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), PREDICATE));
        }
    }

    /**
     * Loads the generated class of a named schema without initialising it, so that a schema from the registry can
     * never make the application run code of an arbitrary class.
     *
     * @return the class, or {@code null} if there is none
     */
    static Class<?> generatedClassOf(Schema schema, ClassLoader loader) {
        try {
            return Class.forName(SpecificData.getClassName(schema), false, loader);
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
    }

    private static void collect(Schema schema, ClassLoader loader, Set<String> visited) {
        switch (schema.getType()) {
            case RECORD -> {
                if (visited.add(schema.getFullName())) {
                    trustIfGenerated(schema, loader, SpecificRecord.class);
                    schema.getFields().forEach(field -> collect(field.schema(), loader, visited));
                }
            }
            case ENUM -> trustIfGenerated(schema, loader, Enum.class);
            case FIXED -> trustIfGenerated(schema, loader, GenericFixed.class);
            case ARRAY -> collect(schema.getElementType(), loader, visited);
            case MAP -> collect(schema.getValueType(), loader, visited);
            case UNION -> schema.getTypes().forEach(branch -> collect(branch, loader, visited));
            default -> {
                // Primitive types load no class.
            }
        }
    }

    private static void trustIfGenerated(Schema schema, ClassLoader loader, Class<?> expectedKind) {
        Class<?> generated = generatedClassOf(schema, loader);
        if (generated != null && expectedKind.isAssignableFrom(generated)) {
            TRUSTED.add(generated.getName());
        }
    }
}
