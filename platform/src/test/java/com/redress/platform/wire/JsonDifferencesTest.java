package com.redress.platform.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonDifferencesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldFindNoDifferenceBetweenEqualTreesWhateverTheNumberType() {
        // Given: Python prints 3, Java normalises a long to 3
        JsonNode expected = JSON.readTree("{\"tier\": 3, \"fraction\": 0.9, \"ids\": [\"a\"], \"note\": null}");
        JsonNode actual = JSON.readTree("{\"ids\": [\"a\"], \"note\": null, \"fraction\": 0.90, \"tier\": 3}");

        // When / Then
        assertThat(JsonDifferences.between(expected, actual)).isEmpty();
    }

    @Test
    void shouldNameThePathOfEachMismatchedField() {
        // Given
        JsonNode expected = JSON.readTree("""
                {"resolution": {"amountRefunded": {"amount": "12800.0000"}}, "rules": [{"id": "a"}, {"id": "b"}]}""");
        JsonNode actual = JSON.readTree("""
                {"resolution": {"amountRefunded": {"amount": "1.2800"}}, "rules": [{"id": "a"}, {"id": "c"}]}""");

        // When / Then
        assertThat(JsonDifferences.between(expected, actual)).containsExactly(
                "$.resolution.amountRefunded.amount: expected \"12800.0000\" but was \"1.2800\"",
                "$.rules[1].id: expected \"b\" but was \"c\"");
    }

    @Test
    void shouldReportMissingUnexpectedAndResizedFields() {
        // Given
        JsonNode expected = JSON.readTree("{\"caseId\": \"C-1\", \"ids\": [1, 2]}");
        JsonNode actual = JSON.readTree("{\"ids\": [1], \"extra\": true}");

        // When / Then
        assertThat(JsonDifferences.between(expected, actual)).containsExactly(
                "$.caseId: expected \"C-1\" but was missing",
                "$.extra: not expected but was true",
                "$.ids: expected 2 elements [1,2] but was 1 elements [1]");
    }

    @Test
    void shouldTellAStringFromANumber() {
        assertThat(JsonDifferences.between(JSON.readTree("{\"a\": \"1\"}"), JSON.readTree("{\"a\": 1}")))
                .containsExactly("$.a: expected \"1\" but was 1");
    }
}
