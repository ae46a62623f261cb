package com.redress.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextRedactorTest {

    // planted personal data: ID numbers with valid checksums, Luhn-valid cards, real-shaped phones and addresses
    private static final List<String> PLANTED = List.of(
            "11010519491231002X", "440306198508121237", "31011519900307451X", "510107197811200068",
            "6222021234567890128", "6222 0212 3456 7890 128", "622848123456789012", "4367-4212-3456-7896",
            "5212345678901234",
            "13812341234", "139 0000 5678", "+86 136-5555-6666", "021-6234 5678", "0755-8888 6666",
            "+852 9123 4567", "+44 20 7946 0958", "+1 212 555 0147", "+65 8123 4567",
            "Margaret.Hughes@Example.co.uk", "li.wei@example.cn", "tan.ah.kow@example.sg");

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("CN", "我的身份证号是11010519491231002X，借记卡6222021234567890128昨天被盗刷了3200元，"
                        + "请打13812341234联系我。"),
                Arguments.of("CN", "客户李女士（身份证440306198508121237）反映信用卡6222 0212 3456 7890 128被扣年费680元，"
                        + "联系电话139 0000 5678，邮箱li.wei@example.cn。"),
                Arguments.of("CN", "监管转办：投诉人31011519900307451X称贷款提前还款被收违约金5.6万元，来电+86 136-5555-6666。"),
                Arguments.of("CN", "消协转来：投诉人座机021-6234 5678，另一联系人0755-8888 6666，卡号622848123456789012。"),
                Arguments.of("CN", "家属身份证510107197811200068，存折关联卡4367-4212-3456-7896，钱被扣了不知道去哪了。"),
                Arguments.of("HK", "Three transactions on card 5212345678901234 I never made, HKD 8,450. Call +852 9123 4567."),
                Arguments.of("GB", "Please reply to Margaret.Hughes@Example.co.uk or ring +44 20 7946 0958 after 6pm."),
                Arguments.of("US", "The outage lasted six hours; call me on +1 212 555 0147."),
                Arguments.of("SG", "Statement of another client sent to me, tan.ah.kow@example.sg, mobile +65 8123 4567."));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void shouldLeaveNoPlantedPersonalDataInTheText(String region, String text) {
        String redacted = TextRedactor.redact(text, region);

        for (String planted : PLANTED) {
            assertThat(redacted).doesNotContain(planted);
            assertThat(redacted.replaceAll("[\\s\\-+]", ""))
                    .doesNotContain(planted.replaceAll("[\\s\\-+]", "").toLowerCase())
                    .doesNotContain(planted.replaceAll("[\\s\\-+]", ""));
        }
    }

    @Test
    void shouldReplaceEachKindWithItsPlaceholder() {
        String redacted = TextRedactor.redact(
                "身份证11010519491231002X，卡6222021234567890128，电话13812341234，邮箱li.wei@example.cn", "CN");

        assertThat(redacted).isEqualTo("身份证[ID_NUMBER],卡[CARD_NUMBER],电话[PHONE],邮箱[EMAIL]");
    }

    @Test
    void shouldKeepAmountsDatesAndReferencesThatAreNotPersonalData() {
        String text = "2026年11月24日被扣3200元和USD 300，合同编号WMP-2024-117，年费680元。";

        assertThat(TextRedactor.redact(text, "CN")).isEqualTo(text.replace("，", ",").replace("。", "。"));
    }

    @Test
    void shouldRedactLongNumbersThatFailTheIdChecksumOrLuhnAsAccountNumbers() {
        // a mistyped ID, a card number with a wrong digit, a corporate account number and an IBAN
        String text = "ID 110105194912310021, card 6222 0212 3456 7890 127, 对公账号 3100 1234 5678 0501 2345, "
                + "IBAN GB82 WEST 1234 5698 7654 32, order 20261124-0042";

        assertThat(TextRedactor.redact(text, "GB")).isEqualTo("ID [ACCOUNT_NUMBER], card [ACCOUNT_NUMBER], 对公账号 "
                + "[ACCOUNT_NUMBER], IBAN [ACCOUNT_NUMBER], order 20261124-0042");
    }

    @Test
    void shouldRedactFullWidthDigits() {
        assertThat(TextRedactor.redact("电话１３８１２３４１２３４", "CN")).isEqualTo("电话[PHONE]");
    }
}
