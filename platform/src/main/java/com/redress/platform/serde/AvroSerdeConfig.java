package com.redress.platform.serde;

import com.redress.platform.registry.SchemaRegistryClientConfig;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * The settings of the Avro serde, read from Kafka client properties under Confluent's key names so that Confluent's
 * {@code KafkaAvroSerializer} can replace ours by configuration alone.
 *
 * <p>Registry connection settings ({@code schema.registry.url}, {@code basic.auth.user.info},
 * {@code schema.registry.request.timeout.ms}, {@code schema.registry.retries}, ...) are described by
 * {@link SchemaRegistryClientConfig}; they are required only when the serde builds its own registry client.
 */
public final class AvroSerdeConfig {

    /** Whether the serializer registers the record's schema under the subject (Confluent's default: true). */
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    /** Whether the serializer uses the subject's latest version instead of looking its schema up. */
    public static final String USE_LATEST_VERSION = "use.latest.version";
    /** Whether the deserializer returns generated {@code SpecificRecord} classes instead of GenericRecords. */
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";

    private static final String TOPIC_NAME_STRATEGY = "TopicNameStrategy";

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Register the record's schema under the subject when serializing.")
            .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.LOW,
                    "Serialize with the id of the subject's latest version when auto.register.schemas is false.")
            .define(SPECIFIC_AVRO_READER, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Deserialize into the generated SpecificRecord class named by the writer schema.")
            .define(KEY_SUBJECT_NAME_STRATEGY, Type.STRING, null, Importance.LOW,
                    "Only TopicNameStrategy (<topic>-key) is supported.")
            .define(VALUE_SUBJECT_NAME_STRATEGY, Type.STRING, null, Importance.LOW,
                    "Only TopicNameStrategy (<topic>-value) is supported.");

    private final boolean autoRegisterSchemas;
    private final boolean useLatestVersion;
    private final boolean specificAvroReader;
    private final Map<String, ?> originals;

    private AvroSerdeConfig(boolean autoRegisterSchemas, boolean useLatestVersion, boolean specificAvroReader,
            Map<String, ?> originals) {
        this.autoRegisterSchemas = autoRegisterSchemas;
        this.useLatestVersion = useLatestVersion;
        this.specificAvroReader = specificAvroReader;
        this.originals = originals;
    }

    /**
     * Parses the serde settings out of Kafka client properties, ignoring unrelated keys.
     *
     * @throws ConfigException if a value is malformed or a subject name strategy other than TopicNameStrategy is set
     */
    public static AvroSerdeConfig from(Map<String, ?> configs) {
        Map<String, Object> parsed = DEFINITION.parse(stringifyClasses(configs));
        requireTopicNameStrategy(KEY_SUBJECT_NAME_STRATEGY, (String) parsed.get(KEY_SUBJECT_NAME_STRATEGY));
        requireTopicNameStrategy(VALUE_SUBJECT_NAME_STRATEGY, (String) parsed.get(VALUE_SUBJECT_NAME_STRATEGY));
        return new AvroSerdeConfig(
                (Boolean) parsed.get(AUTO_REGISTER_SCHEMAS),
                (Boolean) parsed.get(USE_LATEST_VERSION),
                (Boolean) parsed.get(SPECIFIC_AVRO_READER),
                Collections.unmodifiableMap(new HashMap<>(configs)));
    }

    /** The settings used when a serde with an explicit registry client is never configured. */
    static AvroSerdeConfig defaults() {
        return from(Map.of());
    }

    public boolean autoRegisterSchemas() {
        return autoRegisterSchemas;
    }

    public boolean useLatestVersion() {
        return useLatestVersion;
    }

    public boolean specificAvroReader() {
        return specificAvroReader;
    }

    /**
     * The registry connection settings.
     *
     * @throws ConfigException if {@code schema.registry.url} is missing or a setting is malformed
     */
    public SchemaRegistryClientConfig registry() {
        return SchemaRegistryClientConfig.from(originals);
    }

    @Override
    public String toString() {
        return "AvroSerdeConfig[autoRegisterSchemas=" + autoRegisterSchemas + ", useLatestVersion=" + useLatestVersion
                + ", specificAvroReader=" + specificAvroReader + "]";
    }

    private static void requireTopicNameStrategy(String key, String strategy) {
        Optional<String> simpleName = Optional.ofNullable(strategy)
                .map(name -> name.substring(name.lastIndexOf('.') + 1).trim());
        if (simpleName.isPresent() && !simpleName.get().equals(TOPIC_NAME_STRATEGY)) {
            throw new ConfigException(key, strategy,
                    "only TopicNameStrategy is supported (subjects <topic>-key and <topic>-value)");
        }
    }

    // Confluent users may configure the strategy as a Class; ConfigDef's STRING type only accepts text.
    private static Map<String, Object> stringifyClasses(Map<String, ?> configs) {
        Map<String, Object> copy = new HashMap<>(configs);
        for (String key : new String[] {KEY_SUBJECT_NAME_STRATEGY, VALUE_SUBJECT_NAME_STRATEGY}) {
            if (copy.get(key) instanceof Class<?> type) {
                copy.put(key, type.getName());
            }
        }
        return copy;
    }
}
