package com.redress.intake.normalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.redress.events.common.Money;
import com.redress.events.common.NotificationChannel;
import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;

class SubmissionNormaliserTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    private final SubmissionNormaliser normaliser = new SubmissionNormaliser(
            new NormalisationProperties(ZoneId.of("Asia/Shanghai"), "CNY", 2_000, Duration.ofMinutes(5),
                    Period.ofYears(5)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldNormaliseAWeChatComplaintIntoCanonicalForm() {
        // Given a submission as a WeChat service account sends it, with full-width characters
        Submission submission = Submissions.valid()
                .channel("微信")
                .phone("＋86 139 0000 5678")
                .email(" Li.Wei@Example.CN ")
                .segment("私行")
                .amount("1.2万元")
                .preferredContactChannel("邮件")
                .text("客户经理承诺保本，现在亏了１．２万元。")
                .codes(Map.of("categoryCode", "CC-0402"))
                .build();

        // When
        NormalisedComplaint complaint = normaliser.normalise(submission);

        // Then
        assertThat(complaint.channel()).isEqualTo(Channel.WECHAT);
        assertThat(complaint.contact().phoneE164()).isEqualTo("+8613900005678");
        assertThat(complaint.contact().email()).isEqualTo("li.wei@example.cn");
        assertThat(complaint.segment()).isEqualTo(CustomerSegment.HIGH_NET_WORTH);
        assertThat(complaint.amountAtStake()).isEqualTo(new Money(new BigDecimal("12000.0000"), "CNY"));
        assertThat(complaint.language()).isEqualTo("zh-CN");
        // NFKC folds full-width digits and punctuation to their ASCII forms
        assertThat(complaint.text()).isEqualTo("客户经理承诺保本,现在亏了1.2万元。");
        assertThat(complaint.preferredNotificationChannels())
                .containsExactly(NotificationChannel.EMAIL, NotificationChannel.SMS);
        assertThat(complaint.channelCategoryCode()).isEqualTo("CC-0402");
        assertThat(complaint.receivedZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void shouldHandOnFullWidthNumbersAsAsciiButChineseNumeralsAsWritten() {
        // Given a text as a Chinese input method writes it: full-width digits, separators and at sign, a phone number
        // read aloud in Chinese numerals
        Submission submission = Submissions.valid()
                .text("身份证３７０１０２－１９７７０３１４－５６３０，卡６２２２　０２１２　３４５６　７８９０　１２８，"
                        + "电话幺三七 零零二四 六八一三，邮箱：张三＠例子．中国")
                .build();

        // When
        NormalisedComplaint complaint = normaliser.normalise(submission);

        // Then the redactor sees ASCII digits, dashes, spaces, at sign and dot, and the numerals NFKC leaves alone
        assertThat(complaint.text()).isEqualTo("身份证370102-19770314-5630,卡6222 0212 3456 7890 128,"
                + "电话幺三七 零零二四 六八一三,邮箱:张三@例子.中国");
    }

    @Test
    void shouldKeepTheReceivedZoneAndReceiptTimeInUtc() {
        Instant receivedAt = Instant.parse("2026-11-23T16:30:00Z");
        Submission submission = Submissions.valid().receivedAt(receivedAt).zone("Europe/London")
                .phone("020 7946 0958").build();

        NormalisedComplaint complaint = normaliser.normalise(submission);

        assertThat(complaint.receivedAt()).isEqualTo(receivedAt);
        assertThat(complaint.receivedZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(complaint.contact().phoneE164()).isEqualTo("+442079460958");
    }

    @Test
    void shouldListEveryInvalidFieldAtOnce() {
        // Given a submission wrong in six ways
        Submission submission = Submissions.valid()
                .source(null)
                .channel("carrier pigeon")
                .channelMessageId(null)
                .text("   ")
                .phone("12345")
                .email("not-an-address")
                .zone("Mars/Olympus")
                .build();

        // When
        InvalidSubmissionException error = catchThrowableOfType(InvalidSubmissionException.class,
                () -> normaliser.normalise(submission));

        // Then
        assertThat(error.violations()).extracting(FieldViolation::code).containsExactlyInAnyOrder(
                "missing_source", "unknown_channel", "missing_channel_message_id", "missing_text", "invalid_phone",
                "invalid_email", "invalid_zone");
        assertThat(error.getMessage()).doesNotContain("12345").doesNotContain("not-an-address");
    }

    @Test
    void shouldRejectAReceiptTimeInTheFuture() {
        Submission submission = Submissions.valid().receivedAt(NOW.plus(Duration.ofHours(1))).build();

        InvalidSubmissionException error = catchThrowableOfType(InvalidSubmissionException.class,
                () -> normaliser.normalise(submission));

        assertThat(error.violations()).extracting(FieldViolation::code).containsExactly("received_in_future");
    }

    @Test
    void shouldRejectAReceiptTimeOlderThanTheMaximumAgeButAcceptOneJustInside() {
        // Given receipt times just beyond and just within five years before now, and the Unix epoch
        Instant fiveYearsAgo = NOW.atOffset(ZoneOffset.UTC).minusYears(5).toInstant();
        Submission tooOld = Submissions.valid().receivedAt(fiveYearsAgo.minusSeconds(1)).build();
        Submission epoch = Submissions.valid().receivedAt(Instant.EPOCH).build();
        Submission oldButInside = Submissions.valid().receivedAt(fiveYearsAgo.plusSeconds(1)).build();

        // When / Then
        assertThat(catchThrowableOfType(InvalidSubmissionException.class, () -> normaliser.normalise(tooOld))
                .violations()).extracting(FieldViolation::code).containsExactly("received_too_long_ago");
        assertThat(catchThrowableOfType(InvalidSubmissionException.class, () -> normaliser.normalise(epoch))
                .violations()).extracting(FieldViolation::field).containsExactly("receivedAt");
        assertThat(normaliser.normalise(oldButInside).receivedAt()).isEqualTo(fiveYearsAgo.plusSeconds(1));
    }

    @Test
    void shouldRejectANegativeOrAbsurdAmountButNotProseThatIsNoAmount() {
        Submission negative = Submissions.valid().amount("-3,200.00").build();
        Submission absurd = Submissions.valid().amount("¥" + "9".repeat(17)).build();
        Submission prose = Submissions.valid().amount("about three thousand").build();

        assertThat(catchThrowableOfType(InvalidSubmissionException.class, () -> normaliser.normalise(negative))
                .violations()).extracting(FieldViolation::code).containsExactly("invalid_amount");
        assertThat(catchThrowableOfType(InvalidSubmissionException.class, () -> normaliser.normalise(absurd))
                .violations()).extracting(FieldViolation::code).containsExactly("invalid_amount");
        assertThat(normaliser.normalise(prose).amountAtStake()).isNull();
    }

    @Test
    void shouldDropControlCharactersAndBrokenSurrogatesButKeepLineBreaks() {
        // Given a text with a terminal escape sequence, a NUL, a bell, CR LF line ends and half a surrogate pair
        Submission submission = Submissions.valid()
                .text("卡被盗刷\u001b[2J\u0000\u0007\r\n请尽快处理\ud800\r\nThanks 😀").build();

        // When
        NormalisedComplaint complaint = normaliser.normalise(submission);

        // Then only the meaningful characters and the line breaks remain, the emoji's pair intact
        assertThat(complaint.text()).isEqualTo("卡被盗刷[2J\n请尽快处理\nThanks 😀");
    }

    @Test
    void shouldRejectTextLongerThanTheLimit() {
        Submission submission = Submissions.valid().text("投诉".repeat(1_001)).build();

        InvalidSubmissionException error = catchThrowableOfType(InvalidSubmissionException.class,
                () -> normaliser.normalise(submission));

        assertThat(error.violations()).extracting(FieldViolation::code).containsExactly("text_too_long");
    }

    @Test
    void shouldUseTheIdempotencyKeyAsMessageIdWhenTheChannelHasNone() {
        Submission submission = Submissions.valid().channelMessageId(null).idempotencyKey("key-123").build();

        assertThat(normaliser.normalise(submission).channelMessageId()).isEqualTo("key-123");
    }

    @Test
    void shouldReceiveNowAndInTheDefaultZoneWhenTheChannelDoesNotSay() {
        NormalisedComplaint complaint = normaliser.normalise(
                Submissions.valid().receivedAt(null).zone(null).segment(null).build());

        assertThat(complaint.receivedAt()).isEqualTo(NOW);
        assertThat(complaint.receivedZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(complaint.segment()).isEqualTo(CustomerSegment.UNKNOWN);
    }
}
