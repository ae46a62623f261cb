package com.redress.platform.registry;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.apache.avro.Schema;

/**
 * Caches a {@link SchemaRegistryClient}: ids and schemas forever, because the registry never changes them, and the
 * latest version of each subject for a short time-to-live. Thread-safe.
 *
 * <p>Compatibility checks and configuration are always passed through. Failures are never cached.
 */
public final class CachingSchemaRegistryClient implements SchemaRegistryClient {

    private final SchemaRegistryClient delegate;
    private final long latestTtlNanos;
    private final LongSupplier nanoTime;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<String, CachedLatest> latestBySubject = new ConcurrentHashMap<>();

    /**
     * @param delegate the client that talks to the registry
     * @param latestTtl how long {@link #latest(String)} answers are reused; zero disables that cache
     */
    public CachingSchemaRegistryClient(SchemaRegistryClient delegate, Duration latestTtl) {
        this(delegate, latestTtl, System::nanoTime);
    }

    CachingSchemaRegistryClient(SchemaRegistryClient delegate, Duration latestTtl, LongSupplier nanoTime) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.latestTtlNanos = latestTtl.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        int id = delegate.register(subject, schema);
        remember(key, id);
        return id;
    }

    @Override
    public int idOf(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        int id = delegate.idOf(subject, schema);
        remember(key, id);
        return id;
    }

    @Override
    public Schema byId(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        Schema schema = delegate.byId(id);
        Schema raced = schemasById.putIfAbsent(id, schema);
        return raced != null ? raced : schema;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        long now = nanoTime.getAsLong();
        CachedLatest cached = latestBySubject.get(subject);
        if (cached != null && now - cached.fetchedAtNanos() < latestTtlNanos) {
            return cached.latest();
        }
        RegisteredSchema latest = delegate.latest(subject);
        latestBySubject.put(subject, new CachedLatest(latest, now));
        remember(new SubjectSchema(subject, latest.schema()), latest.id());
        return latest;
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        return delegate.testCompatibility(subject, schema);
    }

    @Override
    public String compatibility(Optional<String> subject) {
        return delegate.compatibility(subject);
    }

    @Override
    public void setCompatibility(Optional<String> subject, String level) {
        delegate.setCompatibility(subject, level);
    }

    private void remember(SubjectSchema key, int id) {
        idsBySubjectSchema.putIfAbsent(key, id);
        schemasById.putIfAbsent(id, key.schema());
    }

    /** Cache key; {@link Schema} equality is structural and its hash code is computed once per instance. */
    private record SubjectSchema(String subject, Schema schema) {
    }

    private record CachedLatest(RegisteredSchema latest, long fetchedAtNanos) {
    }
}
