package com.redress.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataDetectorTest {

    // the last row is a year and a sequence number that reads as a Guangzhou landline: the rule errs on the safe side
    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            13700246813                   | CN | a phone number
            wx-13700246813-001            | CN | a phone number
            13700246813_20261124          | CN | a phone number
            137-0024-6813                 | CN | a phone number
            +8613700246813                | CN | a phone number
            021-62345678                  | CN | a phone number
            020-7946-0958                 | GB | a phone number
            li.wei@example.cn             | CN | an e-mail address
            key-li.wei@example.cn-1       | CN | an e-mail address
            11010519491231002X            | CN | an ID number
            id-11010519491231002x         | CN | an ID number
            ref11010519491231002X         | CN | an ID number
            6222021234567890128           | CN | a card number
            card-4111111111111111-x       | CN | a card number
            2026-118845                   | CN | a phone number
            """)
    void shouldFindPersonalDataInAnIdentifier(String identifier, String region, String kind) {
        assertThat(PersonalDataDetector.findIn(identifier, region)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"E10023871", "AGENT-107", "S-0571-0042", "HZ-BR-0571", "BR-310101-003", "CC-SH-HOTLINE",
            "ivr-20261124-0001", "IVR-20250314-094217-0042", "wx-20260302-8827361", "CC-0402",
            "6ea81cbd-9e3e-5133-8fd8-c124d45603b3", "4a80ccb5-fdb0-37c3-dfb6-e19537655516", "102100099996",
            "12378-2026", "BENCH-run1-42"})
    void shouldFindNoneInOrdinaryIdentifiers(String identifier) {
        assertThat(PersonalDataDetector.findIn(identifier, "CN")).isEmpty();
    }
}
