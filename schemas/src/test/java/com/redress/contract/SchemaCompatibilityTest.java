package com.redress.contract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.redress.contract.compatibility.CompatibilityGate;
import com.redress.contract.compatibility.CompatibilityReport;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's BACKWARD-compatibility gate: today's event schemas must read everything the newest release wrote. */
class SchemaCompatibilityTest {

    /** Released schemas, relative to the module directory that Maven runs tests in. */
    private static final Path RELEASED = Path.of("released");

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
