package com.redress.platform.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The JSON bodies of the Confluent Schema Registry REST API that this client sends and reads. */
final class RegistryMessages {

    private RegistryMessages() {
    }

    /** Body of register, lookup and compatibility requests; no {@code schemaType} means AVRO. */
    record SchemaRequest(String schema) {
    }

    /** Answer of {@code POST /subjects/{subject}/versions}. */
    record IdResponse(Integer id) {
    }

    /** Answer of {@code GET /schemas/ids/{id}}. */
    record SchemaResponse(String schema, String schemaType) {
    }

    /** Answer of {@code POST /subjects/{subject}} and {@code GET /subjects/{subject}/versions/latest}. */
    record SubjectVersionResponse(String subject, Integer id, Integer version, String schema, String schemaType) {
    }

    /** Answer of {@code POST /compatibility/subjects/{subject}/versions/latest?verbose=true}. */
    record CompatibilityResponse(@JsonProperty("is_compatible") Boolean isCompatible, List<String> messages) {
    }

    /** Answer of {@code GET /config[/{subject}]}. */
    record ConfigResponse(String compatibilityLevel) {
    }

    /** Body of {@code PUT /config[/{subject}]}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConfigRequest(String compatibility) {
    }

    /** The error body every Confluent-compatible registry sends with 4xx and 5xx answers. */
    record ErrorResponse(@JsonProperty("error_code") Integer errorCode, String message) {
    }
}
