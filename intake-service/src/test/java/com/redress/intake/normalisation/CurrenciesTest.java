package com.redress.intake.normalisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrenciesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CNY   | CNY
            cny   | CNY
            ' usd ' | USD
            ＪＰＹ   | JPY
            KWD   | KWD
            CLF   | CLF
            SLE   | SLE
            """)
    void shouldAcceptAnActiveCodeInEitherCaseAsUpperCase(String written, String code) {
        assertThat(Currencies.active(written)).contains(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "XYZ", "RMB", "¥", "CN", "CNYY", "DEM", "FRF", "HRK", "VEF", "XAU", "XDR", "XTS",
            "XXX", "C\u200bNY"})
    void shouldRefuseWhatIsNoActiveCurrencyOfMoney(String written) {
        assertThat(Currencies.active(written)).isEmpty();
    }
}
