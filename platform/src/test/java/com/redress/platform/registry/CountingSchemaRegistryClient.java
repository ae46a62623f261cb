package com.redress.platform.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;

/** Records which operations reach the registry it wraps. */
final class CountingSchemaRegistryClient implements SchemaRegistryClient {

    private final SchemaRegistryClient delegate;
    private final List<String> calls = new ArrayList<>();

    CountingSchemaRegistryClient(SchemaRegistryClient delegate) {
        this.delegate = delegate;
    }

    List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public int register(String subject, Schema schema) {
        calls.add("register " + subject);
        return delegate.register(subject, schema);
    }

    @Override
    public int idOf(String subject, Schema schema) {
        calls.add("idOf " + subject);
        return delegate.idOf(subject, schema);
    }

    @Override
    public Schema byId(int id) {
        calls.add("byId " + id);
        return delegate.byId(id);
    }

    @Override
    public RegisteredSchema latest(String subject) {
        calls.add("latest " + subject);
        return delegate.latest(subject);
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        calls.add("testCompatibility " + subject);
        return delegate.testCompatibility(subject, schema);
    }

    @Override
    public String compatibility(Optional<String> subject) {
        calls.add("compatibility");
        return delegate.compatibility(subject);
    }

    @Override
    public void setCompatibility(Optional<String> subject, String level) {
        calls.add("setCompatibility");
        delegate.setCompatibility(subject, level);
    }
}
