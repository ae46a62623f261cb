package com.redress.intake.normalisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.redress.events.common.Money;

class MoneyParserTest {

    private final MoneyParser parser = new MoneyParser("CNY");

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ¥12,000.50   | 12000.5000   | CNY
            ￥20,000      | 20000.0000   | CNY
            1.2万元       | 12000.0000   | CNY
            5.6万元       | 56000.0000   | CNY
            3亿           | 300000000.0000 | CNY
            USD 300      | 300.0000     | USD
            300 usd      | 300.0000     | USD
            £35          | 35.0000      | GBP
            £1,250.00    | 1250.0000    | GBP
            GBP 35       | 35.0000      | GBP
            HKD 8,450    | 8450.0000    | HKD
            HK$8,450     | 8450.0000    | HKD
            680元         | 680.0000     | CNY
            3200         | 3200.0000    | CNY
            200美元       | 200.0000     | USD
            1e3          | 1000.0000    | CNY
            3.2E3 usd    | 3200.0000    | USD
            12.34560000  | 12.3456      | CNY
            """)
    void shouldParseAmountsAsCustomersWriteThem(String written, String amount, String currency) {
        assertThat(parser.parse(written)).contains(new Money(new BigDecimal(amount), currency));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "about three thousand", "XYZ 300", "USD 300 美元", "1.23456", "DEM 300", "XAU 3",
            "XXX 5"})
    void shouldNotInventAnAmountFromWhatIsNotOne(String written) {
        assertThat(parser.parse(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3200", "-¥3,200.00", "− 300 USD", "负1.2万元", "99999999999999999元", "¥1000000000亿",
            "1.23456", "¥0.00001", "1e20", "1E17", "-1e3", "1e999999999", "1e999999999万", "1e-5"})
    void shouldNameWhyANegativeAbsurdOrOverPreciseAmountCannotBeCarried(String written) {
        assertThat(parser.rangeViolation(written)).isPresent();
        assertThat(parser.parse(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "about three thousand", "-about", "3200", "9999999999999999.9999", "12.34560000",
            "DEM 300", "XAU 3"})
    void shouldFindNoRangeViolationInAnAmountThatFitsOrInProse(String written) {
        assertThat(parser.rangeViolation(written)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            9999999999999999.9999 | fits
            10000000000000000     | larger than the 16 integer digits an amount may have
            0.00001               | more than the 4 decimal places an amount may have
            1.50000               | fits
            0E+100                | fits
            1E+999999999          | larger than the 16 integer digits an amount may have
            1E-999999999          | more than the 4 decimal places an amount may have
            1E+2147483647         | larger than the 16 integer digits an amount may have
            -1E+2147483647        | larger than the 16 integer digits an amount may have
            """)
    void shouldMeasureAnAmountAgainstTheContractsDecimalWithoutMaterialisingIt(String amount, String expected) {
        assertThat(MoneyParser.beyondContract(new BigDecimal(amount)).orElse("fits")).isEqualTo(expected);
    }
}
