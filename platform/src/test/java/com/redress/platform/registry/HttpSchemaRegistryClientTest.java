package com.redress.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.redress.platform.registry.ScriptedRegistryServer.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class HttpSchemaRegistryClientTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Schema SCHEMA = SchemaBuilder.record("CaseOpened").namespace("com.redress.test")
            .fields().requiredString("caseId").endRecord();
    private static final String SCHEMA_ANSWER = "{\"schema\":" + quoted(SCHEMA.toString()) + "}";

    private ScriptedRegistryServer registry;

    @BeforeEach
    void startRegistry() {
        registry = ScriptedRegistryServer.start();
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void shouldRegisterSchemaUnderSubjectWithConfluentContentType() {
        // Given
        registry.answer("POST", "/subjects/complaints.registered-value/versions", 200, "{\"id\":21}");

        // When
        int id = client(registry.baseUrl()).register("complaints.registered-value", SCHEMA);

        // Then
        assertThat(id).isEqualTo(21);
        RecordedRequest request = onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.headers()).containsEntry("content-type", CONTENT_TYPE);
        assertThat(request.headers().get("accept")).startsWith(CONTENT_TYPE);
        assertThat(schemaIn(request)).isEqualTo(SCHEMA);
    }

    @Test
    void shouldLookUpIdOfRegisteredSchemaWithoutRegisteringIt() {
        // Given
        registry.answer("POST", "/subjects/complaints.registered-value", 200,
                "{\"subject\":\"complaints.registered-value\",\"id\":21,\"version\":3,\"schema\":"
                        + quoted(SCHEMA.toString()) + "}");

        // When
        int id = client(registry.baseUrl()).idOf("complaints.registered-value", SCHEMA);

        // Then
        assertThat(id).isEqualTo(21);
        assertThat(schemaIn(onlyRequest())).isEqualTo(SCHEMA);
    }

    @Test
    void shouldFetchSchemaById() {
        // Given
        registry.answer("GET", "/schemas/ids/21", 200, SCHEMA_ANSWER);

        // When
        Schema schema = client(registry.baseUrl()).byId(21);

        // Then
        assertThat(schema).isEqualTo(SCHEMA);
    }

    @Test
    void shouldFetchLatestVersionOfSubject() {
        // Given
        registry.answer("GET", "/subjects/complaints.graded-value/versions/latest", 200,
                "{\"subject\":\"complaints.graded-value\",\"id\":8,\"version\":2,\"schema\":"
                        + quoted(SCHEMA.toString()) + "}");

        // When
        RegisteredSchema latest = client(registry.baseUrl()).latest("complaints.graded-value");

        // Then
        assertThat(latest).isEqualTo(new RegisteredSchema("complaints.graded-value", 8, 2, SCHEMA));
    }

    @Test
    void shouldEncodeSubjectAsOnePathSegment() {
        // Given
        registry.answer("GET", "/subjects/odd%2Fname%20here-value/versions/latest", 200,
                "{\"id\":1,\"version\":1,\"schema\":" + quoted(SCHEMA.toString()) + "}");

        // When
        RegisteredSchema latest = client(registry.baseUrl()).latest("odd/name here-value");

        // Then
        assertThat(latest.subject()).isEqualTo("odd/name here-value");
    }

    @Test
    void shouldReportIncompatibilitiesOfVerboseCompatibilityTest() {
        // Given
        registry.answer("POST", "/compatibility/subjects/sla.events-value/versions/latest?verbose=true", 200,
                "{\"is_compatible\":false,\"messages\":[\"READER_FIELD_MISSING_DEFAULT_VALUE: caseId\"]}");

        // When
        CompatibilityResult result = client(registry.baseUrl()).testCompatibility("sla.events-value", SCHEMA);

        // Then
        assertThat(result).isEqualTo(new CompatibilityResult(false,
                List.of("READER_FIELD_MISSING_DEFAULT_VALUE: caseId")));
    }

    @Test
    void shouldTreatSubjectWithoutVersionsAsCompatible() {
        // Given
        registry.answer("POST", "/compatibility/subjects/new.topic-value/versions/latest?verbose=true", 404,
                "{\"error_code\":40401,\"message\":\"Subject 'new.topic-value' not found.\"}");

        // When
        CompatibilityResult result = client(registry.baseUrl()).testCompatibility("new.topic-value", SCHEMA);

        // Then
        assertThat(result.compatible()).isTrue();
    }

    @Test
    void shouldFallBackToGlobalCompatibilityWhenSubjectHasNoLevelOfItsOwn() {
        // Given
        registry.answer("GET", "/config/sla.events-value?defaultToGlobal=true", 404,
                        "{\"error_code\":40408,\"message\":\"Subject 'sla.events-value' does not have "
                                + "subject-level compatibility configured\"}")
                .answer("GET", "/config", 200, "{\"compatibilityLevel\":\"BACKWARD\"}");

        // When
        String level = client(registry.baseUrl()).compatibility(Optional.of("sla.events-value"));

        // Then
        assertThat(level).isEqualTo("BACKWARD");
    }

    @Test
    void shouldSetGlobalAndSubjectCompatibility() {
        // Given
        registry.answer("PUT", "/config", 200, "{\"compatibility\":\"BACKWARD\"}")
                .answer("PUT", "/config/sla.events-value", 200, "{\"compatibility\":\"FULL\"}");
        HttpSchemaRegistryClient client = client(registry.baseUrl());

        // When
        client.setCompatibility(Optional.empty(), "BACKWARD");
        client.setCompatibility(Optional.of("sla.events-value"), "FULL");

        // Then
        assertThat(registry.requests())
                .extracting(RecordedRequest::pathAndQuery, request -> field(request, "compatibility"))
                .containsExactly(tuple("/config", "BACKWARD"), tuple("/config/sla.events-value", "FULL"));
    }

    @Test
    void shouldRetryServerErrorAndReturnTheLaterSuccess() {
        // Given
        registry.answer("GET", "/schemas/ids/21", 503, "{\"error_code\":50003,\"message\":\"forwarding failed\"}")
                .answer("GET", "/schemas/ids/21", 200, SCHEMA_ANSWER);

        // When
        Schema schema = client(registry.baseUrl()).byId(21);

        // Then
        assertThat(schema).isEqualTo(SCHEMA);
        assertThat(registry.requests()).hasSize(2);
    }

    @Test
    void shouldRetryWhenRegistryAsksToSlowDown() {
        // Given
        registry.answer("GET", "/schemas/ids/21", 429, "{\"error_code\":42901,\"message\":\"rate limited\"}")
                .answer("GET", "/schemas/ids/21", 200, SCHEMA_ANSWER);

        // When
        Schema schema = client(registry.baseUrl()).byId(21);

        // Then
        assertThat(schema).isEqualTo(SCHEMA);
        assertThat(registry.requests()).hasSize(2);
    }

    @Test
    void shouldNotRetryClientError() {
        // Given
        registry.answer("POST", "/subjects/intake-value/versions", 422,
                "{\"error_code\":42201,\"message\":\"Invalid schema\"}");

        // When / Then
        assertThatThrownBy(() -> client(registry.baseUrl()).register("intake-value", SCHEMA))
                .isExactlyInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("HTTP 422, error 42201")
                .hasMessageContaining("Invalid schema")
                .satisfies(e -> assertStatusAndCode(e, 422, 42201));
        assertThat(registry.requests()).hasSize(1);
    }

    @Test
    void shouldGiveUpAfterConfiguredAttemptsWhenServerErrorPersists() {
        // Given
        registry.answer("GET", "/schemas/ids/21", 500, "{\"error_code\":50001,\"message\":\"store error\"}");

        // When / Then
        assertThatThrownBy(() -> client(registry.baseUrl()).byId(21))
                .isExactlyInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("after 3 attempts")
                .satisfies(e -> assertStatusAndCode(e, 500, 50001));
        assertThat(registry.requests()).hasSize(3);
    }

    @Test
    void shouldReportUnknownSchemaIdAsSchemaNotFound() {
        // Given
        registry.answer("GET", "/schemas/ids/4711", 404, "{\"error_code\":40403,\"message\":\"Schema 4711 not found\"}");

        // When / Then
        assertThatThrownBy(() -> client(registry.baseUrl()).byId(4711))
                .isInstanceOf(SchemaNotFoundException.class)
                .hasMessageContaining("schema id 4711")
                .satisfies(e -> assertStatusAndCode(e, 404, 40403));
    }

    @Test
    void shouldReportLookupInUnknownSubjectAsSubjectNotFound() {
        // Given
        registry.answer("POST", "/subjects/unknown-value", 404,
                "{\"error_code\":40401,\"message\":\"Subject 'unknown-value' not found.\"}");

        // When / Then
        assertThatThrownBy(() -> client(registry.baseUrl()).idOf("unknown-value", SCHEMA))
                .isInstanceOf(SubjectNotFoundException.class)
                .hasMessageContaining("looking up schema com.redress.test.CaseOpened under subject 'unknown-value'")
                .satisfies(e -> assertStatusAndCode(e, 404, 40401));
    }

    @Test
    void shouldReportRefusedIncompatibleSchema() {
        // Given
        registry.answer("POST", "/subjects/intake-value/versions", 409, "{\"error_code\":409,\"message\":"
                + "\"Schema being registered is incompatible with an earlier schema\"}");

        // When / Then
        assertThatThrownBy(() -> client(registry.baseUrl()).register("intake-value", SCHEMA))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("incompatible with an earlier schema")
                .satisfies(e -> assertStatusAndCode(e, 409, 409));
    }

    @Test
    void shouldPointAtBaseUrlWhenNotFoundComesWithoutRegistryErrorBody() {
        // Given: a base URL that misses the registry's path answers the platform's plain 404
        registry.answer("GET", "/schemas/ids/1", 404, "");

        // When / Then
        assertThatThrownBy(() -> client(registry.baseUrl()).byId(1))
                .isExactlyInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("answered HTTP 404")
                .hasMessageContaining("check that schema.registry.url is the registry's base URL");
    }

    @Test
    void shouldReportUnreachableRegistryAfterEveryAttemptIsRefused() {
        // Given
        String url = "http://127.0.0.1:" + ClosedPort.find();

        // When / Then
        assertThatThrownBy(() -> client(url).byId(1))
                .isInstanceOf(SchemaRegistryUnreachableException.class)
                .hasMessage("schema registry at " + url + " unreachable after 3 attempts: connection refused");
    }

    @Test
    void shouldFailOverToNextUrlWhenFirstIsUnreachable() {
        // Given
        registry.answer("GET", "/schemas/ids/21", 200, SCHEMA_ANSWER);
        String urls = "http://127.0.0.1:" + ClosedPort.find() + "," + registry.baseUrl();

        // When
        Schema schema = client(urls).byId(21);

        // Then
        assertThat(schema).isEqualTo(SCHEMA);
    }

    @Test
    void shouldKeepBasePathOfUrl() {
        // Given: Apicurio serves the Confluent API below a path
        registry.answer("GET", "/apis/ccompat/v7/schemas/ids/21", 200, SCHEMA_ANSWER);

        // When
        Schema schema = client(registry.baseUrl() + "/apis/ccompat/v7/").byId(21);

        // Then
        assertThat(schema).isEqualTo(SCHEMA);
    }

    @Test
    void shouldSendBasicAuthFromUserInfo() {
        // Given
        registry.answer("GET", "/schemas/ids/21", 200, SCHEMA_ANSWER);
        Map<String, Object> settings = settings(registry.baseUrl());
        settings.put(SchemaRegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO");
        settings.put(SchemaRegistryClientConfig.BASIC_AUTH_USER_INFO, "intake:s3cret");

        // When
        new HttpSchemaRegistryClient(SchemaRegistryClientConfig.from(settings)).byId(21);

        // Then
        assertThat(onlyRequest().headers()).containsEntry("authorization", basic("intake:s3cret"));
    }

    @Test
    void shouldSendBasicAuthFromUrlUserInfoWithoutKeepingItInTheUrl() {
        // Given
        registry.answer("GET", "/schemas/ids/21", 200, SCHEMA_ANSWER);
        String url = registry.baseUrl().replace("http://", "http://grading:pa%3Ass@");

        // When
        new HttpSchemaRegistryClient(SchemaRegistryClientConfig.from(settings(url))).byId(21);

        // Then
        assertThat(onlyRequest().headers()).containsEntry("authorization", basic("grading:pa:ss"));
    }

    @Test
    void shouldSendNoAuthorizationWithoutCredentials() {
        // Given
        registry.answer("GET", "/schemas/ids/21", 200, SCHEMA_ANSWER);

        // When
        client(registry.baseUrl()).byId(21);

        // Then
        assertThat(onlyRequest().headers()).doesNotContainKey("authorization");
    }

    private RecordedRequest onlyRequest() {
        assertThat(registry.requests()).hasSize(1);
        return registry.requests().get(0);
    }

    private static HttpSchemaRegistryClient client(String urls) {
        return new HttpSchemaRegistryClient(SchemaRegistryClientConfig.from(settings(urls)));
    }

    static Map<String, Object> settings(String urls) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL, urls);
        settings.put(SchemaRegistryClientConfig.RETRIES, 2);
        settings.put(SchemaRegistryClientConfig.RETRY_BACKOFF_MS, 1L);
        settings.put(SchemaRegistryClientConfig.CONNECT_TIMEOUT_MS, 2_000);
        settings.put(SchemaRegistryClientConfig.REQUEST_TIMEOUT_MS, 5_000);
        return settings;
    }

    private static Schema schemaIn(RecordedRequest request) {
        return new Schema.Parser().parse(field(request, "schema"));
    }

    private static String field(RecordedRequest request, String name) {
        return JSON.readTree(request.body()).get(name).asString();
    }

    private static void assertStatusAndCode(Throwable thrown, int status, int code) {
        assertThat(thrown).asInstanceOf(type(SchemaRegistryException.class)).satisfies(e -> {
            assertThat(e.httpStatus()).hasValue(status);
            assertThat(e.errorCode()).hasValue(code);
        });
    }

    private static String basic(String userInfo) {
        return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    private static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }
}
