package com.redress.intake.normalisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            13812341234          | Asia/Shanghai    | +8613812341234
            +86 139 0000 5678    | Asia/Shanghai    | +8613900005678
            １３６５５５５６６６６ | Asia/Shanghai    | +8613655556666
            138-1234-1234        | Asia/Shanghai    | +8613812341234
            021-6234 5678        | Asia/Shanghai    | +862162345678
            0755-8888 6666       | Asia/Shanghai    | +8675588886666
            +852 9123 4567       | Asia/Hong_Kong   | +85291234567
            +65 8123 4567        | Asia/Singapore   | +6581234567
            +1 212 555 0147      | America/New_York | +12125550147
            020 7946 0958        | Europe/London    | +442079460958
            """)
    void shouldNormaliseToE164ReadingLocalNumbersInTheReceivedZone(String written, String zone, String expected) {
        String region = PhoneNumbers.regionOf(ZoneId.of(zone));

        assertThat(PhoneNumbers.toE164(written, region)).contains(expected);
    }

    @Test
    void shouldRejectWhatIsNotAPhoneNumber() {
        assertThat(PhoneNumbers.toE164("12345", "CN")).isEmpty();
        assertThat(PhoneNumbers.toE164("call me", "CN")).isEmpty();
    }

    @Test
    void shouldReadNumbersFromUnlistedZonesAsMainland() {
        assertThat(PhoneNumbers.regionOf(ZoneId.of("Asia/Urumqi"))).isEqualTo("CN");
    }
}
