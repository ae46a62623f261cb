package com.redress.notification.template;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Template language chosen from the customer's language tag. */
class TemplateLanguagesTest {

    private final TemplateLanguages languages = new TemplateLanguages(List.of("zh-CN", "en"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"zh-CN, zh-CN", "zh-cn, zh-CN", "zh, zh-CN", "zh-Hans-CN, zh-CN", "en, en", "en-HK, en", "en_GB, en",
            "fr-FR, zh-CN", "'', zh-CN"})
    void shouldPickTheClosestTemplateLanguage(String requested, String expected) {
        assertThat(languages.resolve(requested)).isEqualTo(expected);
    }
}
