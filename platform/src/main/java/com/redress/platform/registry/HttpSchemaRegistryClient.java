package com.redress.platform.registry;

import com.redress.platform.registry.RegistryMessages.CompatibilityResponse;
import com.redress.platform.registry.RegistryMessages.ConfigRequest;
import com.redress.platform.registry.RegistryMessages.ConfigResponse;
import com.redress.platform.registry.RegistryMessages.ErrorResponse;
import com.redress.platform.registry.RegistryMessages.IdResponse;
import com.redress.platform.registry.RegistryMessages.SchemaRequest;
import com.redress.platform.registry.RegistryMessages.SchemaResponse;
import com.redress.platform.registry.RegistryMessages.SubjectVersionResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link SchemaRegistryClient} over the Confluent Schema Registry REST API, for Confluent's registry and any server
 * of the same API (e.g. Apicurio's {@code /apis/ccompat/v7}).
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final RegistryHttpTransport transport;

    public HttpSchemaRegistryClient(SchemaRegistryClientConfig config) {
        this.transport = new RegistryHttpTransport(Objects.requireNonNull(config, "config"));
    }

    @Override
    public int register(String subject, Schema schema) {
        String operation = "registering schema " + schema.getFullName() + " under subject '" + subject + "'";
        IdResponse answer = call("POST", "/subjects/" + segment(subject) + "/versions",
                new SchemaRequest(schema.toString()), IdResponse.class, operation);
        return required(answer.id(), "id", operation);
    }

    @Override
    public int idOf(String subject, Schema schema) {
        String operation = "looking up schema " + schema.getFullName() + " under subject '" + subject + "'";
        SubjectVersionResponse answer = call("POST", "/subjects/" + segment(subject),
                new SchemaRequest(schema.toString()), SubjectVersionResponse.class, operation);
        return required(answer.id(), "id", operation);
    }

    @Override
    public Schema byId(int id) {
        String operation = "fetching schema id " + id;
        SchemaResponse answer = call("GET", "/schemas/ids/" + id, null, SchemaResponse.class, operation);
        return parseAvro(answer.schema(), answer.schemaType(), operation);
    }

    @Override
    public RegisteredSchema latest(String subject) {
        String operation = "fetching the latest version of subject '" + subject + "'";
        SubjectVersionResponse answer = call("GET", "/subjects/" + segment(subject) + "/versions/latest", null,
                SubjectVersionResponse.class, operation);
        return new RegisteredSchema(
                answer.subject() == null ? subject : answer.subject(),
                required(answer.id(), "id", operation),
                required(answer.version(), "version", operation),
                parseAvro(answer.schema(), answer.schemaType(), operation));
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        String operation = "testing compatibility of schema " + schema.getFullName() + " with subject '"
                + subject + "'";
        try {
            CompatibilityResponse answer = call("POST",
                    "/compatibility/subjects/" + segment(subject) + "/versions/latest?verbose=true",
                    new SchemaRequest(schema.toString()), CompatibilityResponse.class, operation);
            return new CompatibilityResult(required(answer.isCompatible(), "is_compatible", operation),
                    answer.messages());
        } catch (SchemaRegistryException e) {
            if (isSubjectWithoutVersions(e)) {
                // A subject without versions accepts any first schema, whatever its compatibility level.
                return CompatibilityResult.ofCompatible();
            }
            throw e;
        }
    }

    @Override
    public String compatibility(Optional<String> subject) {
        if (subject.isEmpty()) {
            return globalCompatibility();
        }
        String operation = "fetching the compatibility level of subject '" + subject.get() + "'";
        try {
            ConfigResponse answer = call("GET", "/config/" + segment(subject.get()) + "?defaultToGlobal=true", null,
                    ConfigResponse.class, operation);
            return required(answer.compatibilityLevel(), "compatibilityLevel", operation);
        } catch (SchemaRegistryException e) {
            if (isSubjectWithoutOwnLevel(e)) {
                return globalCompatibility();
            }
            throw e;
        }
    }

    @Override
    public void setCompatibility(Optional<String> subject, String level) {
        Objects.requireNonNull(level, "level");
        String path = subject.map(name -> "/config/" + segment(name)).orElse("/config");
        String operation = "setting the compatibility level of " + subject.map(name -> "subject '" + name + "'")
                .orElse("the registry") + " to " + level;
        call("PUT", path, new ConfigRequest(level), ConfigResponse.class, operation);
    }

    private String globalCompatibility() {
        String operation = "fetching the global compatibility level";
        ConfigResponse answer = call("GET", "/config", null, ConfigResponse.class, operation);
        return required(answer.compatibilityLevel(), "compatibilityLevel", operation);
    }

    private <T> T call(String method, String path, Object body, Class<T> answerType, String operation) {
        String json = body == null ? null : JSON.writeValueAsString(body);
        RegistryResponse response = transport.send(method, path, json);
        if (!response.isSuccess()) {
            throw failure(response, operation);
        }
        try {
            return JSON.readValue(response.body(), answerType);
        } catch (JacksonException e) {
            throw new SchemaRegistryException("Unreadable answer from schema registry at " + response.endpoint()
                    + " while " + operation + " (HTTP " + response.status() + "): " + e.getOriginalMessage(),
                    response.status());
        }
    }

    private SchemaRegistryException failure(RegistryResponse response, String operation) {
        Optional<ErrorResponse> error = errorBody(response.body());
        String registryMessage = error.map(ErrorResponse::message).orElse("no schema-registry error body");
        int status = response.status();
        if (error.isEmpty() || error.get().errorCode() == null) {
            String hint = status == 404 ? "; check that " + SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL
                    + " is the registry's base URL" : "";
            return new SchemaRegistryException("Schema registry at " + response.endpoint() + " answered HTTP "
                    + status + " while " + operation + retriesNote(status) + ": " + registryMessage + hint, status);
        }
        int code = error.get().errorCode();
        String message = "Schema registry at " + response.endpoint() + " refused " + operation + " (HTTP " + status
                + ", error " + code + retriesNote(status) + "): " + registryMessage;
        return switch (code) {
            case SchemaRegistryException.SUBJECT_NOT_FOUND -> new SubjectNotFoundException(message);
            case SchemaRegistryException.SCHEMA_NOT_FOUND -> new SchemaNotFoundException(message);
            case SchemaRegistryException.INCOMPATIBLE_SCHEMA -> new IncompatibleSchemaException(message);
            default -> new SchemaRegistryException(message, status, code);
        };
    }

    private String retriesNote(int status) {
        return status >= 500 || status == 429 ? ", after " + transport.maxAttempts() + " attempts" : "";
    }

    private static Optional<ErrorResponse> errorBody(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(body, ErrorResponse.class));
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    private static boolean isSubjectWithoutVersions(SchemaRegistryException e) {
        int code = e.errorCode().orElse(0);
        return code == SchemaRegistryException.SUBJECT_NOT_FOUND || code == SchemaRegistryException.VERSION_NOT_FOUND;
    }

    private static boolean isSubjectWithoutOwnLevel(SchemaRegistryException e) {
        int code = e.errorCode().orElse(0);
        return code == SchemaRegistryException.SUBJECT_COMPATIBILITY_NOT_CONFIGURED
                || code == SchemaRegistryException.SUBJECT_NOT_FOUND;
    }

    private static Schema parseAvro(String schemaText, String schemaType, String operation) {
        if (schemaType != null && !"AVRO".equalsIgnoreCase(schemaType)) {
            throw new SchemaRegistryException("Schema registry returned a " + schemaType + " schema while "
                    + operation + "; only AVRO is supported", 200);
        }
        try {
            return new Schema.Parser().parse(required(schemaText, "schema", operation));
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException("Schema registry returned an unparseable Avro schema while "
                    + operation + ": " + e.getMessage(), e);
        }
    }

    private static <T> T required(T value, String field, String operation) {
        if (value == null) {
            throw new SchemaRegistryException("Schema registry answer lacks '" + field + "' while " + operation, 200);
        }
        return value;
    }

    private static String segment(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
