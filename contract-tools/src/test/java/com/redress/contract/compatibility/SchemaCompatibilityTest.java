package com.redress.contract.compatibility;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's BACKWARD-compatibility gate: today's event schemas must read everything the newest release wrote. */
class SchemaCompatibilityTest {

    /** The contract's released schemas, relative to this module's directory, which Maven runs tests in. */
    private static final Path RELEASED = Path.of("..", "schemas", "released");

    @Test
    void shouldReadDataWrittenWithTheNewestReleasedSchemas(TestReporter reporter) throws IOException {
        // Given
        CompatibilityGate gate = CompatibilityGate.againstNewestRelease(RELEASED);
        List<Schema> eventSchemas = Topics.ALL.stream().map(TopicSpec::valueSchema).filter(Objects::nonNull).toList();

        // When
        CompatibilityReport report = gate.check(eventSchemas);

        // Then
        report.unreleased().forEach(name -> reporter.publishEntry("not yet released, nothing to break", name));
        assertThat(report.breakingChanges()).withFailMessage(report::failureMessage).isEmpty();
        assertThat(Stream.concat(report.compatible().stream(), report.unreleased().stream()))
                .containsExactlyInAnyOrderElementsOf(eventSchemas.stream().map(Schema::getFullName).toList());
    }
}
