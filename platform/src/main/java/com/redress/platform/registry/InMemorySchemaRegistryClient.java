package com.redress.platform.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.avro.Schema;

/**
 * A schema registry held in memory that behaves like Confluent's for the operations of {@link SchemaRegistryClient}:
 * global ids that only grow, per-subject versions, and compatibility levels (BACKWARD by default) enforced with
 * Avro's {@code SchemaCompatibility}. For tests of serdes and topologies; thread-safe.
 *
 * <p>{@code schema.registry.url=mock://<scope>} resolves to {@link #forScope(String)}, so that every serde configured
 * with the same scope shares one registry, as with Confluent's mock registry.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {

    private static final ConcurrentMap<String, InMemorySchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();
    private static final int INVALID_COMPATIBILITY_LEVEL = 42203;

    private final List<Schema> schemasById = new ArrayList<>();
    private final Map<String, Integer> idsBySchemaText = new HashMap<>();
    private final Map<String, List<RegisteredSchema>> versionsBySubject = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;

    /** Creates an empty registry of its own, shared with nobody. */
    public InMemorySchemaRegistryClient() {
    }

    /** The registry shared by everyone using {@code mock://<scope>}; created empty on first use. */
    public static InMemorySchemaRegistryClient forScope(String scope) {
        return SCOPES.computeIfAbsent(scope, ignored -> new InMemorySchemaRegistryClient());
    }

    /** Forgets the registry of {@code scope}; the next {@link #forScope(String)} starts empty. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        List<RegisteredSchema> versions = versionsBySubject.getOrDefault(subject, List.of());
        Optional<RegisteredSchema> existing = find(versions, schema);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        CompatibilityLevel level = effectiveLevel(subject);
        List<String> problems = level.incompatibilities(schema, versions);
        if (!problems.isEmpty()) {
            throw new IncompatibleSchemaException("Schema being registered is incompatible with an earlier schema "
                    + "for subject '" + subject + "' (compatibility " + level + "): " + String.join("; ", problems));
        }
        int id = idsBySchemaText.computeIfAbsent(schema.toString(), text -> {
            schemasById.add(new Schema.Parser().parse(text));
            return schemasById.size();
        });
        versionsBySubject.computeIfAbsent(subject, ignored -> new ArrayList<>())
                .add(new RegisteredSchema(subject, id, versions.size() + 1, schemasById.get(id - 1)));
        return id;
    }

    @Override
    public synchronized int idOf(String subject, Schema schema) {
        return find(versionsOf(subject), schema)
                .orElseThrow(() -> new SchemaNotFoundException("Schema " + schema.getFullName()
                        + " is not registered under subject '" + subject + "'"))
                .id();
    }

    @Override
    public synchronized Schema byId(int id) {
        if (id < 1 || id > schemasById.size()) {
            throw new SchemaNotFoundException("Schema id " + id + " not found");
        }
        return schemasById.get(id - 1);
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        List<RegisteredSchema> versions = versionsOf(subject);
        return versions.get(versions.size() - 1);
    }

    @Override
    public synchronized CompatibilityResult testCompatibility(String subject, Schema schema) {
        List<String> problems = effectiveLevel(subject)
                .incompatibilities(schema, versionsBySubject.getOrDefault(subject, List.of()));
        return new CompatibilityResult(problems.isEmpty(), problems);
    }

    @Override
    public synchronized String compatibility(Optional<String> subject) {
        return subject.map(this::effectiveLevel).orElse(globalLevel).name();
    }

    @Override
    public synchronized void setCompatibility(Optional<String> subject, String level) {
        CompatibilityLevel parsed = CompatibilityLevel.parse(level)
                .orElseThrow(() -> new SchemaRegistryException("Invalid compatibility level " + level, 422,
                        INVALID_COMPATIBILITY_LEVEL));
        subject.ifPresentOrElse(name -> subjectLevels.put(name, parsed), () -> globalLevel = parsed);
    }

    private List<RegisteredSchema> versionsOf(String subject) {
        List<RegisteredSchema> versions = versionsBySubject.get(subject);
        if (versions == null) {
            throw new SubjectNotFoundException("Subject '" + subject + "' not found");
        }
        return versions;
    }

    private CompatibilityLevel effectiveLevel(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    private static Optional<RegisteredSchema> find(List<RegisteredSchema> versions, Schema schema) {
        String text = schema.toString();
        return versions.stream().filter(version -> version.schema().toString().equals(text)).findFirst();
    }
}
