package com.redress.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class ContactPlaintextTest {

    @Test
    void shouldWriteLengthPrefixedUtf8FieldsWithMinusOneForAbsent() {
        byte[] encoded = ContactPlaintext.encode(new ContactDetails("+86", null, "李"));

        assertThat(HexFormat.of().formatHex(encoded))
                .isEqualTo("00000003" + "2b3836" + "ffffffff" + "00000003" + "e69d8e");
    }

    @Test
    void shouldReadBackEveryFieldIncludingNonAsciiAndAbsentOnes() {
        ContactDetails contact = new ContactDetails(null, "wang.fang@例子.cn", "push-token-123");

        assertThat(ContactPlaintext.decode(ContactPlaintext.encode(contact))).isEqualTo(contact);
    }

    @Test
    void shouldRefuseTruncatedPlaintext() {
        byte[] encoded = ContactPlaintext.encode(new ContactDetails("+8613812341234", null, null));

        assertThatThrownBy(() -> ContactPlaintext.decode(Arrays.copyOf(encoded, encoded.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseTrailingBytes() {
        byte[] encoded = ContactPlaintext.encode(new ContactDetails(null, null, null));

        assertThatThrownBy(() -> ContactPlaintext.decode(Arrays.copyOf(encoded, encoded.length + 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 trailing bytes");
    }
}
