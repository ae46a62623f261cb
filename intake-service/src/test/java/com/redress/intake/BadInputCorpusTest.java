package com.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The corpus index and its files agree, and the corpus is as broad as issue 3 asks. */
class BadInputCorpusTest {

    private final List<BadInputCase> cases = BadInputCorpus.cases();

    @Test
    void shouldIndexEveryFileOnceAndNameOnlyFilesThatExist() throws Exception {
        List<String> indexed = cases.stream().map(BadInputCase::file).toList();

        assertThat(indexed).doesNotHaveDuplicates();
        assertThat(indexed).containsExactlyInAnyOrderElementsOf(
                BadInputCorpus.filesOnDisk(Path.of("src/test/resources")));
    }

    @Test
    void shouldCoverAtLeastSixtyCasesSeventyOfThemOnTheKafkaPath() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(cases).filteredOn(BadInputCase::path, BadInputCase.KAFKA).hasSizeGreaterThanOrEqualTo(70);
        assertThat(cases).extracting(BadInputCase::path).containsOnly(BadInputCase.REST, BadInputCase.KAFKA);
    }

    @Test
    void shouldGiveEveryCaseAPurposeAndAnOutcomeItsPathCanHave() {
        for (BadInputCase badInput : cases) {
            assertThat(badInput.tests()).as("%s: what it tests", badInput).isNotBlank();
            if (badInput.isRest()) {
                assertThat(badInput.expectedStatus()).as("%s: HTTP status", badInput).isNotNull();
                assertThat(badInput.extension()).as(badInput.file()).isIn("json", "bin");
            } else {
                assertThat(badInput.expected("outcome")).as("%s: outcome", badInput)
                        .isIn("dead-letter", "registered");
                assertThat(badInput.extension()).as(badInput.file()).isIn("json", "bin", "yml");
            }
        }
    }

    @Test
    void shouldGiveKafkaKeysHeadersAndPredecessorsOnlyWhereTheyMeanSomething() {
        for (BadInputCase badInput : cases) {
            if (badInput.isRest()) {
                assertThat(badInput.key()).as("%s: key", badInput).isNull();
                assertThat(badInput.keyless()).as("%s: key", badInput).isFalse();
                assertThat(badInput.precededBy()).as("%s: preceded-by", badInput).isNull();
            } else {
                assertThat(badInput.headers().values()).as("%s: header values", badInput).doesNotContainNull();
            }
            if (badInput.precededBy() != null) {
                assertThat(badInput.precededBy()).as("%s: predecessor", badInput).endsWith(".json");
                assertThat(BadInputCorpus.raw(badInput.precededBy())).as("%s: predecessor", badInput).isNotEmpty();
                assertThat(badInput.repeat()).as("%s: repeat and predecessor", badInput).isFalse();
            }
        }
    }

    @Test
    void shouldHoldTheKafkaDoorToTheStrictnessOfTheRestDoor() {
        List<BadInputCase> kafka = cases.stream().filter(badInput -> !badInput.isRest()).toList();

        assertThat(kafka).filteredOn(badInput -> badInput.expectedCodes().contains("invalid_utf8"))
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(kafka).filteredOn(badInput -> badInput.expectedCodes().contains("trailing_bytes"))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(kafka).filteredOn(badInput -> badInput.expectedCodes().contains("key_mismatch"))
                .hasSizeGreaterThanOrEqualTo(3).anyMatch(BadInputCase::keyless);
        assertThat(kafka).filteredOn(badInput -> badInput.expectedCodes().contains("conflicting_submission"))
                .isNotEmpty().allMatch(badInput -> badInput.precededBy() != null);
        assertThat(kafka).filteredOn(badInput -> badInput.precededBy() != null)
                .anyMatch(BadInputCase::expectsRegistration);
        assertThat(kafka).filteredOn(BadInputCase::expectsTruncatedValue).hasSizeGreaterThanOrEqualTo(2);
        assertThat(kafka).filteredOn(badInput -> badInput.headers().keySet().stream()
                .anyMatch(name -> name.startsWith("KAFKA_DLT-") || name.startsWith("REDRESS_")))
                .isNotEmpty();
    }

    @Test
    void shouldExpandPlaceholdersWithoutTouchingTheBytesAroundThem() {
        // Given a file of invalid UTF-8 with a message id placeholder
        byte[] expanded = BadInputCorpus.expanded("rest/encoding/invalid-utf8-overlong-slash.bin", "测试-1");

        // Then the id is written as UTF-8 and the invalid bytes are still there
        String asLatin1 = new String(expanded, StandardCharsets.ISO_8859_1);
        assertThat(asLatin1).contains(new String("测试-1".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                .contains("\u00c0\u00af").doesNotContain("{{messageId}}");
        // and a repeat placeholder becomes the repeated text
        String repeated = new String(BadInputCorpus.expanded("rest/size/text-at-character-limit.json", "id"),
                StandardCharsets.UTF_8);
        assertThat(repeated.contains("a".repeat(20_000)) && !repeated.contains("a".repeat(20_001))).isTrue();
        assertThat(repeated).doesNotContain("{{");
    }

    @Test
    void shouldNameEveryOutcomeTheIssueAsksFor() {
        Set<Integer> statuses = Set.copyOf(cases.stream().filter(BadInputCase::isRest)
                .map(BadInputCase::expectedStatus).toList());

        assertThat(statuses).contains(201, 400, 401, 403, 413, 415);
        assertThat(cases).anyMatch(BadInputCase::repeat);
        assertThat(cases).filteredOn(BadInputCase::path, BadInputCase.KAFKA)
                .anyMatch(BadInputCase::expectsDeadLetter).anyMatch(BadInputCase::expectsRegistration);
    }
}
