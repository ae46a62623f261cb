package com.redress.contract.compatibility;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompatibilityGateTest {

    private static final String PAYMENT_RECEIVED = "com.example.payments.PaymentReceived";
    private static final String REFUND_ISSUED = "com.example.payments.RefundIssued";

    private static Path fixtures;

    @BeforeAll
    static void locateFixtures() throws URISyntaxException {
        fixtures = Path.of(CompatibilityGateTest.class.getResource("/compatibility").toURI());
    }

    @Test
    void shouldCheckAgainstTheNewestReleaseByVersionNumberNotByName() throws IOException {
        // Given releases 0.9.0 and 0.10.0, where 0.9.0 sorts last as text
        // When
        CompatibilityGate gate = CompatibilityGate.againstNewestRelease(fixtures.resolve("released"));

        // Then
        assertThat(gate.releaseVersion()).isEqualTo("0.10.0");
    }

    @Test
    void shouldReportFieldAddedWithoutDefault() throws IOException {
        // Given the current schema adds the required field branchCode
        // When
        CompatibilityReport report = checkVariant("field-added-without-default");

        // Then
        assertThat(report.isCompatible()).isFalse();
        assertThat(report.breakingChanges()).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(SchemaIncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE);
            assertThat(change.message()).isEqualTo(PAYMENT_RECEIVED + " is not BACKWARD compatible with release "
                    + "0.10.0: READER_FIELD_MISSING_DEFAULT_VALUE at /fields/5 (field 'branchCode')");
        });
    }

    @Test
    void shouldNameTheFullFieldPathWhenTheBreakIsInsideANestedOptionalRecord() throws IOException {
        // Given the record inside the optional field amount gains the required field scale
        // When
        CompatibilityReport report = checkVariant("nested-field-added-without-default");

        // Then
        assertThat(report.breakingChanges())
                .filteredOn(change -> change.type() == SchemaIncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE)
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.location()).isEqualTo("/fields/1/type/1/fields/2");
                    assertThat(change.detail()).isEqualTo("field 'amount.scale'");
                });
    }

    @Test
    void shouldReportEnumSymbolRemovedFromEnumWithoutDefault() throws IOException {
        // Given the current PaymentStatus no longer has REJECTED and has no default symbol
        // When
        CompatibilityReport report = checkVariant("enum-symbol-removed");

        // Then
        assertThat(report.breakingChanges()).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(SchemaIncompatibilityType.MISSING_ENUM_SYMBOLS);
            assertThat(change.message()).isEqualTo(PAYMENT_RECEIVED + " is not BACKWARD compatible with release "
                    + "0.10.0: MISSING_ENUM_SYMBOLS at /fields/2/type/symbols "
                    + "(field 'status': reader lacks symbols [REJECTED])");
        });
    }

    @Test
    void shouldReportChangedFieldType() throws IOException {
        // Given attempts changed from int to string
        // When
        CompatibilityReport report = checkVariant("type-changed");

        // Then
        assertThat(report.breakingChanges()).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(SchemaIncompatibilityType.TYPE_MISMATCH);
            assertThat(change.location()).isEqualTo("/fields/3/type");
            assertThat(change.detail()).startsWith("field 'attempts': ").contains("STRING", "INT");
        });
    }

    @Test
    void shouldAcceptOptionalFieldNewSymbolTypePromotionAndSymbolRemovedFromEnumWithDefault() throws IOException {
        // Given an optional field added, a symbol added, int promoted to long, and a symbol removed from an
        // enum whose default catches it
        // When
        CompatibilityReport report = checkVariant("compatible-change");

        // Then
        assertThat(report.isCompatible()).as(report.failureMessage()).isTrue();
        assertThat(report.compatible()).containsExactly(PAYMENT_RECEIVED);
        assertThat(report.failureMessage()).isEmpty();
    }

    @Test
    void shouldPassAndReportSchemaThatHasNoReleasedVersion() throws IOException {
        // Given RefundIssued exists only in the current schemas
        // When
        CompatibilityReport report = checkVariant("compatible-change", PAYMENT_RECEIVED, REFUND_ISSUED);

        // Then
        assertThat(report.isCompatible()).isTrue();
        assertThat(report.unreleased()).containsExactly(REFUND_ISSUED);
    }

    @Test
    void shouldRefuseARootWithoutAnyReleasedVersion(@TempDir Path emptyRoot) throws IOException {
        // Given a released directory holding no version directory
        Files.createDirectory(emptyRoot.resolve("not-a-version"));

        // When / Then
        assertThatThrownBy(() -> CompatibilityGate.againstNewestRelease(emptyRoot))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("No released version");
    }

    private static CompatibilityReport checkVariant(String variant) throws IOException {
        return checkVariant(variant, PAYMENT_RECEIVED);
    }

    private static CompatibilityReport checkVariant(String variant, String... topLevelNames) throws IOException {
        var current = AvscDirectory.parse(fixtures.resolve("current").resolve(variant));
        List<Schema> schemas = List.of(topLevelNames).stream().map(current::get).toList();
        return CompatibilityGate.againstNewestRelease(fixtures.resolve("released")).check(schemas);
    }
}
