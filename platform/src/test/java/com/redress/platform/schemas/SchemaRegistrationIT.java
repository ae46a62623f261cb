package com.redress.platform.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

import com.redress.contract.Topics;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.IncidentDetected;
import com.redress.platform.registry.HttpSchemaRegistryClient;
import com.redress.platform.registry.IncompatibleSchemaException;
import com.redress.platform.registry.SchemaRegistryClient;
import com.redress.platform.registry.SchemaRegistryClientConfig;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.WithLocalKafkaStack;

/**
 * Start-up schema registration against Apicurio. The registry lives as long as the JVM, so each test registers
 * subjects no other test of this module touches.
 */
@WithLocalKafkaStack
class SchemaRegistrationIT {

    private final SchemaRegistryClient registry;
    private final SchemaRegistration registration;

    SchemaRegistrationIT(LocalKafkaStack stack) {
        this.registry = new HttpSchemaRegistryClient(
                SchemaRegistryClientConfig.from(Map.of("schema.registry.url", stack.schemaRegistryUrl())));
        this.registration = new SchemaRegistration(registry);
    }

    @Test
    void shouldRegisterTheValueSchemaOfEveryProducedTopicIdempotently() {
        // Given: what grading-service writes
        List<String> produced = List.of(Topics.COMPLAINTS_GRADED, Topics.COMPLAINTS_INCIDENTS);

        // When: the service starts, and starts again
        Map<String, Integer> first = registration.registerValueSchemas(produced);
        Map<String, Integer> second = registration.registerValueSchemas(produced);

        // Then
        assertThat(first).containsOnlyKeys("complaints.graded-value", "complaints.incidents-value");
        assertThat(second).isEqualTo(first);
        assertThat(parsingForm(registry.byId(first.get("complaints.graded-value"))))
                .isEqualTo(parsingForm(ComplaintGraded.getClassSchema()));
        assertThat(parsingForm(registry.latest("complaints.incidents-value").schema()))
                .isEqualTo(parsingForm(IncidentDetected.getClassSchema()));
    }

    @Test
    void shouldRegisterNothingForADeadLetterTopic() {
        assertThat(registration.registerValueSchemas(List.of(Topics.SLA_EVENTS_DLT))).isEmpty();
    }

    @Test
    void shouldRejectATopicOutsideTheCatalog() {
        assertThatThrownBy(() -> registration.registerValueSchemas(List.of("complaints.gradedd")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("complaints.gradedd");
    }

    @Test
    void shouldRefuseAnIncompatibleSchemaNamingTheSubject() {
        // Given: surveys.responses-value holds a version the catalog's SurveyResponse cannot read (BACKWARD):
        // it lacks caseId, which the catalog's schema requires without a default
        Schema incompatiblePredecessor = SchemaBuilder.record("SurveyResponse")
                .namespace("com.redress.events.survey")
                .fields()
                .requiredString("eventId")
                .endRecord();
        registry.register("surveys.responses-value", incompatiblePredecessor);

        // When / Then
        assertThatThrownBy(() -> registration.registerValueSchemas(List.of(Topics.SURVEYS_RESPONSES)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("surveys.responses-value")
                .hasMessageContaining("com.redress.events.survey.SurveyResponse")
                .hasCauseInstanceOf(IncompatibleSchemaException.class);
    }

    private static String parsingForm(Schema schema) {
        return SchemaNormalization.toParsingForm(schema);
    }
}
