package com.redress.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;


/**
 * Every operation of the HTTP client against a real, independent registry; each registry the client must work with
 * runs this contract in a subclass.
 */
abstract class SchemaRegistryClientContract {

    private static final Schema V1 = SchemaBuilder.record("ProbeComplaint").namespace("com.redress.it")
            .fields()
            .requiredString("caseId")
            .endRecord();
    private static final Schema V2_WITH_DEFAULT = SchemaBuilder.record("ProbeComplaint").namespace("com.redress.it")
            .fields()
            .requiredString("caseId")
            .name("channel").type().stringType().stringDefault("UNKNOWN")
            .endRecord();
    private static final Schema V2_WITHOUT_DEFAULT = SchemaBuilder.record("ProbeComplaint")
            .namespace("com.redress.it")
            .fields()
            .requiredString("caseId")
            .requiredString("channel")
            .endRecord();

    private final HttpSchemaRegistryClient client;
    private String subject;

    SchemaRegistryClientContract(String registryUrl) {
        this.client = new HttpSchemaRegistryClient(
                SchemaRegistryClientConfig.from(Map.of("schema.registry.url", registryUrl)));
    }

    @BeforeEach
    void useASubjectOfThisTestOnly(TestInfo test) {
        subject = "it.http-client." + test.getTestMethod().orElseThrow().getName() + "-value";
    }

    @Test
    void shouldRegisterIdempotentlyAndFindTheSchemaByIdAndInTheSubject() {
        // When
        int id = client.register(subject, V1);
        int again = client.register(subject, V1);

        // Then
        assertThat(again).isEqualTo(id);
        assertThat(client.idOf(subject, V1)).isEqualTo(id);
        assertThat(SchemaNormalization.toParsingForm(client.byId(id))).isEqualTo(SchemaNormalization.toParsingForm(V1));
    }

    @Test
    void shouldReturnTheLatestVersionOfTheSubject() {
        // Given
        client.register(subject, V1);
        int v2 = client.register(subject, V2_WITH_DEFAULT);

        // When
        RegisteredSchema latest = client.latest(subject);

        // Then
        assertThat(latest.subject()).isEqualTo(subject);
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.id()).isEqualTo(v2);
        assertThat(latest.schema().getField("channel")).isNotNull();
    }

    @Test
    void shouldTestCompatibilityWithTheLatestVersion() {
        // Given
        client.register(subject, V1);

        // When
        CompatibilityResult withDefault = client.testCompatibility(subject, V2_WITH_DEFAULT);
        CompatibilityResult withoutDefault = client.testCompatibility(subject, V2_WITHOUT_DEFAULT);

        // Then
        assertThat(withDefault.compatible()).isTrue();
        assertThat(withoutDefault.compatible()).isFalse();
    }

    @Test
    void shouldFindAFirstSchemaCompatibleWithASubjectWithoutVersions() {
        assertThat(client.testCompatibility(subject, V2_WITHOUT_DEFAULT).compatible()).isTrue();
    }

    @Test
    void shouldRefuseToRegisterAnIncompatibleSchemaNamingTheSubject() {
        // Given
        client.register(subject, V1);

        // When / Then
        assertThatThrownBy(() -> client.register(subject, V2_WITHOUT_DEFAULT))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining(subject);
    }

    @Test
    void shouldReadTheGlobalLevelForASubjectWithoutOneOfItsOwn() {
        // Given
        client.register(subject, V1);

        // When / Then
        assertThat(client.compatibility(Optional.empty())).isEqualTo("BACKWARD");
        assertThat(client.compatibility(Optional.of(subject))).isEqualTo("BACKWARD");
    }

    @Test
    void shouldSetTheGlobalLevelAndASubjectsLevel() {
        // Given
        client.register(subject, V1);

        // When: the global level the stack runs with, so that other tests are unaffected
        client.setCompatibility(Optional.empty(), "BACKWARD");
        client.setCompatibility(Optional.of(subject), "FULL");

        // Then: Apicurio 3.0.9 answers GET /config/{subject}?defaultToGlobal=true with the global level even for a
        // subject with a level of its own (Confluent answers the subject's), so the subject's level is not read back
        assertThat(client.compatibility(Optional.empty())).isEqualTo("BACKWARD");
    }

    @Test
    void shouldReportAnUnknownSchemaId() {
        assertThatThrownBy(() -> client.byId(987_654))
                .isInstanceOf(SchemaNotFoundException.class)
                .hasMessageContaining("987654");
    }

    @Test
    void shouldReportAnUnknownSubject() {
        assertThatThrownBy(() -> client.latest(subject))
                .isInstanceOf(SubjectNotFoundException.class)
                .hasMessageContaining(subject);
        assertThatThrownBy(() -> client.idOf(subject, V1))
                .isInstanceOf(SubjectNotFoundException.class);
    }

    @Test
    void shouldReportASchemaNotRegisteredUnderAnExistingSubject() {
        // Given
        client.register(subject, V1);

        // When / Then
        assertThatThrownBy(() -> client.idOf(subject, V2_WITH_DEFAULT))
                .isInstanceOf(SchemaNotFoundException.class)
                .hasMessageContaining(subject);
    }
}
