package com.redress.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class InMemorySchemaRegistryClientTest {

    private static final Schema V1 = SchemaBuilder.record("CaseOpened").namespace("com.redress.test").fields()
            .requiredString("caseId")
            .endRecord();
    private static final Schema V2_WITH_DEFAULT = SchemaBuilder.record("CaseOpened").namespace("com.redress.test")
            .fields()
            .requiredString("caseId")
            .name("channel").type().stringType().stringDefault("WEB")
            .endRecord();
    private static final Schema V2_WITHOUT_DEFAULT = SchemaBuilder.record("CaseOpened").namespace("com.redress.test")
            .fields()
            .requiredString("caseId")
            .requiredString("channel")
            .endRecord();
    private static final Schema OTHER = SchemaBuilder.record("SlaEvent").namespace("com.redress.test").fields()
            .requiredLong("deadline")
            .endRecord();

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void shouldAssignGlobalIncreasingIdsAndPerSubjectVersions() {
        // Given
        int first = registry.register("cases-value", V1);

        // When
        int second = registry.register("sla-value", OTHER);
        int third = registry.register("cases-value", V2_WITH_DEFAULT);

        // Then
        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(third).isEqualTo(3);
        assertThat(registry.latest("cases-value")).isEqualTo(new RegisteredSchema("cases-value", 3, 2, V2_WITH_DEFAULT));
        assertThat(registry.latest("sla-value").version()).isEqualTo(1);
    }

    @Test
    void shouldReturnExistingIdWhenSchemaIsRegisteredAgain() {
        // Given
        int id = registry.register("cases-value", V1);

        // When
        int again = registry.register("cases-value", V1);
        int underOtherSubject = registry.register("cases-archive-value", V1);

        // Then
        assertThat(again).isEqualTo(id);
        assertThat(underOtherSubject).isEqualTo(id);
        assertThat(registry.latest("cases-value").version()).isEqualTo(1);
    }

    @Test
    void shouldRejectFieldWithoutDefaultUnderBackwardCompatibility() {
        // Given
        registry.register("cases-value", V1);

        // When / Then
        assertThatThrownBy(() -> registry.register("cases-value", V2_WITHOUT_DEFAULT))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("subject 'cases-value' (compatibility BACKWARD)")
                .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(registry.latest("cases-value").version()).isEqualTo(1);
    }

    @Test
    void shouldAcceptIncompatibleSchemaWhenSubjectLevelIsNone() {
        // Given
        registry.register("cases-value", V1);
        registry.setCompatibility(Optional.of("cases-value"), "NONE");

        // When
        int id = registry.register("cases-value", V2_WITHOUT_DEFAULT);

        // Then
        assertThat(registry.latest("cases-value").id()).isEqualTo(id);
        assertThat(registry.compatibility(Optional.of("cases-value"))).isEqualTo("NONE");
        assertThat(registry.compatibility(Optional.empty())).isEqualTo("BACKWARD");
    }

    @Test
    void shouldExplainIncompatibilityWhenTestingWithoutRegistering() {
        // Given
        registry.register("cases-value", V1);

        // When
        CompatibilityResult withoutDefault = registry.testCompatibility("cases-value", V2_WITHOUT_DEFAULT);
        CompatibilityResult withDefault = registry.testCompatibility("cases-value", V2_WITH_DEFAULT);

        // Then
        assertThat(withoutDefault.compatible()).isFalse();
        assertThat(withoutDefault.messages()).singleElement().asString()
                .contains("cannot read data written with version 1").contains("channel");
        assertThat(withDefault).isEqualTo(new CompatibilityResult(true, List.of()));
        assertThat(registry.latest("cases-value").version()).isEqualTo(1);
    }

    @Test
    void shouldCheckAllVersionsWhenTransitive() {
        // Given: v2 drops nothing but v3 is only compatible with v2
        registry.setCompatibility(Optional.empty(), "BACKWARD_TRANSITIVE");
        registry.register("cases-value", V1);
        Schema v2 = SchemaBuilder.record("CaseOpened").namespace("com.redress.test").fields()
                .requiredString("caseId").name("channel").type().stringType().stringDefault("WEB").endRecord();
        registry.register("cases-value", v2);
        Schema v3 = SchemaBuilder.record("CaseOpened").namespace("com.redress.test").fields()
                .requiredString("caseId").requiredString("channel").endRecord();

        // When
        CompatibilityResult result = registry.testCompatibility("cases-value", v3);

        // Then: v3 can read v2 (which always has a channel) but not v1
        assertThat(result.compatible()).isFalse();
        assertThat(result.messages()).singleElement().asString().contains("version 1");
    }

    @Test
    void shouldRejectUnknownCompatibilityLevel() {
        assertThatThrownBy(() -> registry.setCompatibility(Optional.empty(), "SOMETIMES"))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("Invalid compatibility level SOMETIMES");
    }

    @Test
    void shouldReportUnknownIdsSubjectsAndSchemas() {
        // Given
        registry.register("cases-value", V1);

        // When / Then
        assertThatThrownBy(() -> registry.byId(4711)).isInstanceOf(SchemaNotFoundException.class);
        assertThatThrownBy(() -> registry.latest("unknown-value")).isInstanceOf(SubjectNotFoundException.class);
        assertThatThrownBy(() -> registry.idOf("unknown-value", V1)).isInstanceOf(SubjectNotFoundException.class);
        assertThatThrownBy(() -> registry.idOf("cases-value", OTHER)).isInstanceOf(SchemaNotFoundException.class);
    }

    @Test
    void shouldShareRegistryWithinScopeAndForgetItWhenDropped() {
        // Given
        String scope = "in-memory-test-" + System.nanoTime();
        int id = InMemorySchemaRegistryClient.forScope(scope).register("cases-value", V1);

        // When
        Schema seenInScope = InMemorySchemaRegistryClient.forScope(scope).byId(id);
        InMemorySchemaRegistryClient.dropScope(scope);

        // Then
        assertThat(seenInScope).isEqualTo(V1);
        assertThatThrownBy(() -> InMemorySchemaRegistryClient.forScope(scope).byId(id))
                .isInstanceOf(SchemaNotFoundException.class);
        assertThatThrownBy(() -> InMemorySchemaRegistryClient.forScope(scope + "-other").byId(id))
                .isInstanceOf(SchemaNotFoundException.class);
        InMemorySchemaRegistryClient.dropScope(scope);
        InMemorySchemaRegistryClient.dropScope(scope + "-other");
    }
}
