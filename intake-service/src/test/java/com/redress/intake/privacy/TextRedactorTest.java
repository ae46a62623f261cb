package com.redress.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Nested
    class GroupedIdAndCardNumbers {

        @ParameterizedTest
        @ValueSource(strings = {"370102-19770314-5630", "370102 1977 0314 5630", "370102.19770314.5630",
                "370102 19770314-5630", "370102-1977.0314 5630", "110105-19491231-002X", "110105 1949 1231 002x"})
        void shouldRedactAnIdNumberSplitWhereItsFieldsMeet(String idNumber) {
            assertThat(TextRedactor.redact("身份证" + idNumber + "，请核实。", "CN")).isEqualTo("身份证[ID_NUMBER],请核实。");
        }

        @ParameterizedTest
        @ValueSource(strings = {"6222.0212.3456.7890.128", "6222 0212 3456 7890 128", "6222-0212-3456-7890-128",
                "6222-0212 3456.7890-128", "4367 4212 3456 7896", "3782 822463 10005", "3782-822463-10005"})
        void shouldRedactACardNumberGroupedAsCardsArePrinted(String cardNumber) {
            assertThat(TextRedactor.redact("Card " + cardNumber + " was charged twice.", "GB"))
                    .isEqualTo("Card [CARD_NUMBER] was charged twice.");
        }

        @Test
        void shouldRedactEachOfTwoNumbersASpaceSeparates() {
            String text = "13812341234 6222021234567890128, 370102 19770314 5630 6222 0212 3456 7890 128";

            assertThat(TextRedactor.redact(text, "CN")).isEqualTo("[PHONE] [CARD_NUMBER], [ID_NUMBER] [CARD_NUMBER]");
        }

        @Test
        void shouldRedactALongerNumberWholeRatherThanACardInItsTail() {
            // 1234 5678 0501 2345 alone would pass Luhn
            assertThat(TextRedactor.redact("对公账号 3100 1234 5678 0501 2345 被冻结", "CN"))
                    .isEqualTo("对公账号 [ACCOUNT_NUMBER] 被冻结");
        }

        @Test
        void shouldEndANumberWhereAChineseWordStartsWithANumeral() {
            // 一直 (all along) starts with the numeral 一: no twelfth or twentieth digit
            String text = "卡号6222021234567890128一直被盗刷,电话13812341234一直打不通,身份证370102197703145630一并提供";

            assertThat(TextRedactor.redact(text, "CN"))
                    .isEqualTo("卡号[CARD_NUMBER]一直被盗刷,电话[PHONE]一直打不通,身份证[ID_NUMBER]一并提供");
        }
    }

    @Nested
    class NumbersThatAreNoPersonalData {

        @ParameterizedTest
        @ValueSource(strings = {"2025-03-14", "2025.03.14", "14.03.2025", "2025/03/14", "3,200.00", "3.200,00",
                "1.234.567,89", "09:30-17:30", "12:30:45", "CMP-20250314-000123", "CMP-20261124-7K3M-9QX2-ABCD",
                "REF-8841", "A12-334", "20261124-0042", "v2.10.3", "192.168.100.200", "3200元", "USD 300"})
        void shouldKeepDatesAmountsTimesAndReferences(String kept) {
            String text = "投诉 " + kept + " 已受理";

            assertThat(TextRedactor.redact(text, "CN")).isEqualTo(text);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                # text                                 | why it is no card or ID although its digits pass the check
                2025-03-14 2025-03-28                  | groups of two digits: dates
                2025.03.14 2025.03.28                  | groups of two digits: dates
                CMP-20250314-000123                    | a dash ties the digits to the letters before them: a code
                case 20250314-000123                   | a group of eight digits: a date in a reference
                ref 20250314-000123-4563               | an ID split after 8 and 14 digits, where its fields do not meet
                """)
        void shouldKeepDigitsThatPassAChecksumButAreLaidOutAsNoCardOrIdIs(String text, String why) {
            String digits = text.replaceAll("[^0-9]", "");
            assertThat(IdAndCardNumbers.passesLuhn(digits) || digits.length() == 18
                    && IdAndCardNumbers.isValidResidentId(digits)).as("the digits of %s pass a check", text).isTrue();

            assertThat(TextRedactor.redact(text, "CN")).as(why).isEqualTo(text);
        }
    }

    @Nested
    class NumbersInOtherNumerals {

        @ParameterizedTest
        @ValueSource(strings = {"一三七零零二四六八一三", "幺三七〇〇二四六八幺三", "一三七 零零二四 六八一三", "幺三七-零零二四-六八一三",
                "+八六 一三七 〇〇二四 六八一三"})
        void shouldRedactAMobileNumberInChineseNumerals(String phone) {
            assertThat(TextRedactor.redact("客户来电称,回拨" + phone + "即可。", "CN")).isEqualTo("客户来电称,回拨[PHONE]即可。");
        }

        @Test
        void shouldRedactIdCardAndLandlineNumbersInChineseNumerals() {
            String text = "身份证三七〇一〇二一九七七〇三一四五六三〇,卡号六二二二 〇二一二 三四五六 七八九〇 一二八,座机零二一 六二三四 五六七八,"
                    + "账号三一〇〇 一二三四 五六七八 〇五〇一 二三四五";

            assertThat(TextRedactor.redact(text, "CN"))
                    .isEqualTo("身份证[ID_NUMBER],卡号[CARD_NUMBER],座机[PHONE],账号[ACCOUNT_NUMBER]");
        }

        @Test
        void shouldKeepChineseNumbersThatAreNotReadDigitByDigit() {
            String text = "二〇二五年三月十四日扣款三千二百元,一五一十地说了,第一二三四五六七八九十条,一三七号窗口";

            assertThat(TextRedactor.redact(text, "CN")).isEqualTo(text);
        }

        @Test
        void shouldRedactFullWidthNumbersGroupedByFullWidthSeparators() {
            // NFKC makes them ASCII digits, dashes, dots and spaces before any number is looked for
            String text = "卡６２２２－０２１２－３４５６－７８９０－１２８,身份证３７０１０２　１９７７０３１４　５６３０,电话１３７．００２４．６８１３";

            assertThat(TextRedactor.redact(text, "CN")).isEqualTo("卡[CARD_NUMBER],身份证[ID_NUMBER],电话[PHONE]");
        }

        @Test
        void shouldRedactNumbersInTheDigitsOfOtherScripts() {
            // Arabic-Indic and Devanagari digits, which NFKC leaves as they are
            String text = "ID ٣٧٠١٠٢١٩٧٧٠٣١٤٥٦٣٠, mobile १३७ ००२४ ६८१३";

            assertThat(TextRedactor.redact(text, "IN")).isEqualTo("ID [ID_NUMBER], mobile [PHONE]");
        }
    }

    @Nested
    class InternationalisedEmailAddresses {

        @ParameterizedTest
        @ValueSource(strings = {"张三@例子.中国", "josé@correo.es", "用户@example.com", "user@bücher.de", "иван@пример.рф",
                "δοκιμή@παράδειγμα.δοκιμή", "田中@例え.日本", "홍길동@예시.한국", "li.wei@例子.公司"})
        void shouldRedactAnAddressWithNonAsciiLocalPartOrDomain(String address) {
            assertThat(TextRedactor.redact("请回复到 " + address + " ,谢谢", "CN")).isEqualTo("请回复到 [EMAIL] ,谢谢");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                请联系张三@例子.中国谢谢      | 请[EMAIL]谢谢
                联系人王小明@例子.中国        | 联系[EMAIL]
                欧阳小明@例子.中国          | [EMAIL]
                邮箱:王小明@例子.中国。      | 邮箱:[EMAIL]。
                """)
        void shouldTakeAtMostFourCharactersBeforeTheAtSignAsAHanLocalPart(String text, String redacted) {
            assertThat(TextRedactor.redact(text, "CN")).isEqualTo(redacted);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                张三@例子.中国谢谢           | [EMAIL]谢谢
                用户@例子.公司的邮箱          | [EMAIL]的邮箱
                邮箱zhang.san@qq.com谢谢   | 邮箱[EMAIL]谢谢
                user@bücher.de请回复       | [EMAIL]请回复
                tanaka@example.jpです     | [EMAIL]です
                홍길동@예시.한국으로 보내 주세요   | [EMAIL]으로 보내 주세요
                """)
        void shouldEndTheDomainWhereHanKanaOrHangulTextFollowsIt(String text, String redacted) {
            assertThat(TextRedactor.redact(text, "CN")).isEqualTo(redacted);
        }

        @Test
        void shouldReadALocalPartInOneKindOfScriptOnly() {
            // Han text before an ASCII local part is prose far more often than part of the address
            assertThat(TextRedactor.redact("发到zhang.san@qq.com或者张三2024@qq.com", "CN"))
                    .isEqualTo("发到[EMAIL]或者张三[EMAIL]");
        }

        @ParameterizedTest
        @ValueSource(strings = {"@所有人 大家好", "单价@2.5元", "3@5", "微博@张三 说", "a@b", "合同@第3.2条"})
        void shouldKeepAtSignsThatStartNoAddress(String text) {
            assertThat(TextRedactor.redact(text, "CN")).isEqualTo(text);
        }
    }
}
