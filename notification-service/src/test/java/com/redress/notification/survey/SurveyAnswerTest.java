package com.redress.notification.survey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a survey answer may contain, and how its comment is redacted. */
class SurveyAnswerTest {

    @Test
    void shouldAcceptScoresInRange() {
        assertThat(new SurveyAnswer(1, 0, null).problem()).isNull();
        assertThat(new SurveyAnswer(5, 10, "ok").problem()).isNull();
    }

    @Test
    void shouldRejectScoresOutOfRange() {
        assertThat(new SurveyAnswer(6, null, null).problem()).isEqualTo("csat must be 1-5");
        assertThat(new SurveyAnswer(null, 11, null).problem()).isEqualTo("nps must be 0-10");
    }

    @Test
    void shouldRejectAnEmptyAnswer() {
        assertThat(new SurveyAnswer(null, null, " ").problem()).isNotNull();
    }

    @Test
    void shouldRedactAddressesAndLongNumbersInTheComment() {
        assertThat(CommentRedactor.redact("call 138 0000 1234 or mail li.wei@example.com, card 6222-0210-0111-2222"))
                .isEqualTo("call [NUMBER] or mail [EMAIL], card [NUMBER]");
        assertThat(CommentRedactor.redact("处理很快，5 星")).isEqualTo("处理很快，5 星");
    }
}
