package com.redress.intake.normalisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    @Test
    void shouldDetectChineseTextEvenWithLatinWordsInIt() {
        assertThat(LanguageDetector.detect(null, "手机银行APP从早上九点开始一直登录不了，提示系统繁忙"))
                .isEqualTo("zh-CN");
    }

    @Test
    void shouldDetectEnglishText() {
        assertThat(LanguageDetector.detect(null, "I was charged a £35 unarranged overdraft fee.")).isEqualTo("en");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"zh-CN,zh-CN", "中文,zh-CN", "English,en", "en-GB,en-GB", "粤语,zh-HK", "zh,zh-CN"})
    void shouldPreferTheStatedLanguageOverTheScript(String stated, String expected) {
        assertThat(LanguageDetector.detect(stated, "Some English words")).isEqualTo(expected);
    }

    @Test
    void shouldFallBackToTheScriptForAnUnsupportedStatedLanguage() {
        assertThat(LanguageDetector.detect("fr", "信用卡年费被多扣了")).isEqualTo("zh-CN");
    }
}
