package com.redress.platform.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class StrictYamlTest {

    record Pack(String id, List<Rule> rules) {
    }

    record Rule(String id, int tier, Duration window) {
        Rule {
            if (tier < 1 || tier > 4) {
                throw new IllegalArgumentException("must be between 1 and 4, was " + tier);
            }
        }
    }

    private static final String VALID = """
            id: pack
            rules:
              - id: first
                tier: 1
                window: P90D
              - id: second
                tier: 2
                window: PT1H
            """;

    @Test
    void shouldBindAValidFile() {
        Pack pack = read(VALID);

        assertThat(pack.rules()).extracting(Rule::window).containsExactly(Duration.ofDays(90), Duration.ofHours(1));
    }

    @Test
    void shouldRejectAnUnknownKeyNamingFileLinePathAndTheKeysAllowed() {
        assertThatThrownBy(() -> read(VALID.replace("    window: PT1H", "    windw: PT1H")))
                .isInstanceOf(YamlFileException.class)
                .hasMessageStartingWith("pack.yml:")
                .hasMessageEndingWith(": rules[1].windw: unknown key; allowed here: id, tier, window")
                // a record's keys are read ahead, so the place is the key or, at the latest, the end of its mapping
                .satisfies(error -> assertThat(((YamlFileException) error).line()).isBetween(8, 9));
    }

    @Test
    void shouldNameAnUnknownKeyOfTheFileItself() {
        assertThatThrownBy(() -> read(VALID.replace("rules:", "rule:")))
                .isInstanceOf(YamlFileException.class)
                .hasMessageEndingWith(": rule: unknown key; allowed here: id, rules")
                .satisfies(error -> assertThat(((YamlFileException) error).path()).isEqualTo("rule"));
    }

    @Test
    void shouldReportWhatARecordRefusesWithLineAndPath() {
        assertThatThrownBy(() -> read(VALID.replace("tier: 2", "tier: 7")))
                .isInstanceOf(YamlFileException.class)
                .satisfies(error -> {
                    YamlFileException failure = (YamlFileException) error;
                    assertThat(failure.reason()).isEqualTo("must be between 1 and 4, was 7");
                    assertThat(failure.path()).isEqualTo("rules[1]");
                    assertThat(failure.line()).isBetween(6, 9);
                });
    }

    @Test
    void shouldRejectAMalformedValueAtItsLine() {
        assertThatThrownBy(() -> read(VALID.replace("tier: 1", "tier: first")))
                .isInstanceOf(YamlFileException.class)
                .hasMessageStartingWith("pack.yml:4:11: rules[0].tier: ");
    }

    @Test
    void shouldRejectADuplicateKey() {
        assertThatThrownBy(() -> read(VALID.replace("id: pack", "id: pack\nid: again")))
                .isInstanceOf(YamlFileException.class)
                .hasMessageContaining("pack.yml:2:")
                .hasMessageContaining("Duplicate Object property \"id\"");
    }

    @Test
    void shouldRejectAnEmptyFile() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(YamlFileException.class)
                .hasMessage("pack.yml:1:1: the file is empty");
    }

    private static Pack read(String yaml) {
        return StrictYaml.read("pack.yml", new StringReader(yaml), Pack.class);
    }
}
