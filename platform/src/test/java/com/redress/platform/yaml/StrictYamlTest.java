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
    void shouldRejectAnUnknownKeyAtTheKeyNamingFilePathAndTheKeysAllowed() {
        // Jackson finds a record's unknown keys once it has built the record, at the end of its mapping
        assertThatThrownBy(() -> read(VALID.replace("    window: P90D", "    windw: P90D")))
                .isInstanceOf(YamlFileException.class)
                .hasMessage("pack.yml:5:5: rules[0].windw: unknown key; allowed here: id, tier, window");
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
                    assertThat(failure.line()).isEqualTo(6);
                });
    }

    @Test
    void shouldRejectAMalformedValueAtItsLine() {
        assertThatThrownBy(() -> read(VALID.replace("tier: 1", "tier: first")))
                .isInstanceOf(YamlFileException.class)
                .hasMessageStartingWith("pack.yml:4:11: rules[0].tier: ");
    }

    @Test
    void shouldRejectADuplicateKeyAtItsSecondUse() {
        assertThatThrownBy(() -> read(VALID.replace("    tier: 2", "    tier: 2\n    tier: 3")))
                .isInstanceOf(YamlFileException.class)
                .hasMessage("pack.yml:8:5: rules[1].tier: duplicate key");
    }

    @Test
    void shouldRejectAKeyWithoutAValue() {
        assertThatThrownBy(() -> read(VALID.replace("window: P90D", "window:")))
                .isInstanceOf(YamlFileException.class)
                .hasMessage("pack.yml:5:5: rules[0].window: has no value");
    }

    @Test
    void shouldReportASyntaxErrorBeforeTheValueItBreaks() {
        // read value by value, the list would be refused as a tier before the parser reached the missing bracket
        assertThatThrownBy(() -> read(VALID.replace("tier: 1", "tier: [1")))
                .isInstanceOf(YamlFileException.class)
                .hasMessageStartingWith("pack.yml:5:")
                .hasMessageContaining(": not valid YAML: expected ',' or ']'")
                .hasMessageNotContaining("\n");
    }

    @Test
    void shouldNameTheShapeAValueShouldHave() {
        assertThatThrownBy(() -> read(VALID.replace("rules:\n", "rules: none\nother:\n")))
                .isInstanceOf(YamlFileException.class)
                .hasMessage("pack.yml:2:8: rules: expected a list");
        assertThatThrownBy(() -> read(VALID.replace("  - id: second", "  - second\n  - id: second")))
                .isInstanceOf(YamlFileException.class)
                .hasMessage("pack.yml:6:5: rules[1]: expected a mapping (key: value lines)");
        assertThatThrownBy(() -> read(VALID.replace("id: first", "id: [first]")))
                .isInstanceOf(YamlFileException.class)
                .hasMessage("pack.yml:3:9: rules[0].id: expected a single value");
    }

    @Test
    void shouldTellWhereEachValueOfADocumentStands() {
        YamlDocument<Pack> document = StrictYaml.readDocument("pack.yml", new StringReader(VALID), Pack.class);

        assertThat(document.content().id()).isEqualTo("pack");
        assertThat(document.locations().line("rules[1]")).isEqualTo(6);
        assertThat(document.locations().line("rules[1].window")).isEqualTo(8);
        // a value the file does not hold is placed at the nearest one around it
        assertThat(document.locations().error("rules[1].note", "needs a note"))
                .hasMessage("pack.yml:6:5: rules[1].note: needs a note");
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
