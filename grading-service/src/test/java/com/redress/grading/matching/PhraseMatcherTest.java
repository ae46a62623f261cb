package com.redress.grading.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private final PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
            .add("盗刷", "fraud")
            .add("冻结", "frozen")
            .add("被冻结", "frozen")
            .add("12378", "regulator")
            .add("fee", "fees")
            .add("go to the media", "media")
            .add("FCA", "regulator")
            .build();

    @Test
    void shouldFindChinesePhraseWithoutWordBoundaries() {
        assertThat(found("我的信用卡昨晚被盗刷了三笔")).containsExactly("fraud:盗刷");
    }

    @Test
    void shouldMatchEnglishWholeWordsOnlyIgnoringCase() {
        assertThat(found("The FEE was charged twice")).containsExactly("fees:fee");
        assertThat(found("I had a coffee and found fees everywhere")).isEmpty();
    }

    @Test
    void shouldFoldFullWidthCharactersAndWhitespace() {
        assertThat(found("已经打了１２３７８，我会  go to\nthe media")).containsExactly("regulator:12378",
                "media:go to the media");
    }

    @Test
    void shouldMatchLatinPhraseNextToChineseText() {
        assertThat(found("我要向FCA投诉")).containsExactly("regulator:fca");
    }

    @Test
    void shouldCountPhraseInsideLongerPhraseOfSamePayloadOnce() {
        assertThat(found("账户被冻结了")).containsExactly("frozen:被冻结");
    }

    @Test
    void shouldDropPhraseInsideLongerPhraseOfAnotherPayload() {
        PhraseMatcher<String> overlapping = PhraseMatcher.<String>builder()
                .add("investment", "service")
                .add("investment scam", "fraud")
                .build();

        assertThat(overlapping.findAll("It was an investment scam, not a bad investment."))
                .extracting(match -> match.payload() + ":" + match.found())
                .containsExactly("fraud:investment scam", "service:investment");
    }

    @Test
    void shouldFindEveryOccurrenceOfAPhrase() {
        assertThat(matcher.findEvery("盗刷，又是盗刷")).extracting(PhraseMatch::position).containsExactly(0, 5);
    }

    @Test
    void shouldFindNothingInEmptyText() {
        assertThat(matcher.findAll("")).isEmpty();
        assertThat(matcher.findAll(null)).isEmpty();
    }

    @Test
    void shouldFindPatternsInNormalisedText() {
        PatternMatcher<String> ages = PatternMatcher.<String>builder()
                .add(Pattern.compile("(?<!\\d)([7-9]\\d) ?岁"), "elderly")
                .add(Pattern.compile("\\baged (7\\d|8\\d)\\b", Pattern.CASE_INSENSITIVE),
                        "elderly-en")
                .build();

        assertThat(ages.findAll("我母亲今年７８岁，不会用手机。Her father, AGED 84, too."))
                .extracting(match -> match.payload() + ":" + match.found())
                .containsExactly("elderly:78岁", "elderly-en:aged 84");
        assertThat(ages.findAll("我今年38岁")).isEmpty();
    }

    private List<String> found(String text) {
        return matcher.findAll(text).stream().map(match -> match.payload() + ":" + match.found()).toList();
    }
}
