package com.redress.grading.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsInTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            结果到期亏了8万，属于误导销售。                       | CNY | 80000
            短短两天被转走了62万元                              | CNY | 620000
            我转了5万8，后来才知道被骗了                          | CNY | 58000
            卡里的一万二被转走了                                | CNY | 12000
            骗走了退休金二十万                                  | CNY | 200000
            前前后后转出去六万多块                              | CNY | 60000
            我投了1.2万元                                      | CNY | 12000
            總共港幣8,000                                      | HKD | 8000
            一年就六百蚊                                        | HKD | 600
            I sent £60,000 over three months                   | GBP | 60000
            then transferred out HK$62,000                     | HKD | 62000
            send $45,000 over six months                       | USD | 45000
            my pension of £1.2m has gone                       | GBP | 1200000
            I lost 180,000 yuan                                | CNY | 180000
            a transfer of USD 20,000 to my son                 | USD | 20000
            about 7k euros were taken                          | EUR | 7000
            """)
    void shouldReadAmountWrittenWithCurrencyOrInTenThousands(String text, String currency, String value) {
        assertThat(AmountsInText.find(text)).anySatisfy(amount -> {
            assertThat(amount.currency()).isEqualTo(currency);
            assertThat(amount.value()).isEqualByComparingTo(value);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"我打了12378，等了3天", "群里有几百人，上万人受影响", "It took 45 minutes and 3 calls",
            "In 2026 I called 12 times", "三万多人都收到了"})
    void shouldFindNoAmountInCountsDatesAndBareNumbers(String text) {
        assertThat(AmountsInText.find(text)).isEmpty();
    }
}
