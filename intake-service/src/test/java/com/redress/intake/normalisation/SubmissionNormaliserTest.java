package com.redress.intake.normalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        assertThat(complaint.identifiers().channelCategoryCode()).isEqualTo("CC-0402");
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

        assertThat(normaliser.normalise(submission).identifiers().messageIdOrKey()).isEqualTo("key-123");
    }

    @Test
    void shouldReceiveNowAndInTheDefaultZoneWhenTheChannelDoesNotSay() {
        NormalisedComplaint complaint = normaliser.normalise(
                Submissions.valid().receivedAt(null).zone(null).segment(null).build());

        assertThat(complaint.receivedAt()).isEqualTo(NOW);
        assertThat(complaint.receivedZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(complaint.segment()).isEqualTo(CustomerSegment.UNKNOWN);
    }

    static Stream<Arguments> overLongFields() {
        return Stream.of(
                overLong("source", "too_long", b -> b.source("s".repeat(101))),
                overLong("channel", "too_long", b -> b.channel("wechat".repeat(11))),
                overLong("channelMessageId", "channel_message_id_too_long", b -> b.channelMessageId("m".repeat(201))),
                overLong("Idempotency-Key", "too_long", b -> b.channelMessageId(null).idempotencyKey("k".repeat(201))),
                overLong("receivedZoneId", "too_long", b -> b.zone("Asia/" + "x".repeat(60))),
                overLong("customerReference", "too_long", b -> b.customerReference("C".repeat(129))),
                overLong("phone", "too_long", b -> b.phone("1".repeat(65))),
                overLong("email", "too_long", b -> b.email("a".repeat(64) + "@" + "b".repeat(190) + ".cn")),
                overLong("appPushId", "too_long", b -> b.appPushId("p".repeat(1_025))),
                overLong("preferredContactChannel", "too_long", b -> b.preferredContactChannel("短信".repeat(33))),
                overLong("language", "too_long", b -> b.language("zh".repeat(33))),
                overLong("segment", "too_long", b -> b.segment("VIP".repeat(22))),
                overLong("product", "too_long", b -> b.product("借记卡".repeat(67))),
                overLong("product", "too_long", b -> b.product("x".repeat(60_000))),
                overLong("amount", "too_long", b -> b.amount("1".repeat(65))),
                overLong("text", "text_too_long", b -> b.text("投诉".repeat(1_001))),
                overLong("firstContact.staffId", "too_long", b -> b.staffId("E".repeat(65))),
                overLong("firstContact.unitId", "too_long", b -> b.unitId("U".repeat(65))),
                overLong("codes.categoryCode", "too_long", b -> b.codes(Map.of("categoryCode", "C".repeat(65)))),
                overLong("codes", "invalid_identifier", b -> b.codes(Map.of("q".repeat(65), "x"))),
                overLong("codes", "too_many_codes", b -> b.codes(codes(21))));
    }

    private static Arguments overLong(String field, String code, UnaryOperator<Submissions.Builder> change) {
        return Arguments.of(field, code, change);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overLongFields")
    void shouldRefuseAValueLongerThanItsFieldsCapNamingTheFieldAndNotTheValue(String field, String code,
            UnaryOperator<Submissions.Builder> change) {
        Submission submission = change.apply(Submissions.valid()).build();

        InvalidSubmissionException error = catchThrowableOfType(InvalidSubmissionException.class,
                () -> normaliser.normalise(submission));

        assertThat(error.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple(field, code));
        assertThat(error.getMessage()).doesNotContain("xxxxx", "mmmmm", "kkkkk", "CCCCC", "11111", "ppppp", "EEEEE",
                "UUUUU", "qqqqq", "借记卡借记卡");
    }

    @Test
    void shouldAcceptEveryFieldAtItsCap() {
        Submission submission = Submissions.valid()
                .source("s".repeat(100))
                .channelMessageId("m".repeat(200))
                .customerReference("C".repeat(128))
                .appPushId("p".repeat(1_024))
                .preferredContactChannel("x".repeat(64))
                .language("x".repeat(64))
                .segment("x".repeat(64))
                .product("借记卡".repeat(66) + "卡卡")
                .text("投诉".repeat(1_000))
                .staffId("E".repeat(64))
                .unitId("U".repeat(64))
                .codes(codes(20))
                .build();

        NormalisedComplaint complaint = normaliser.normalise(submission);

        assertThat(complaint.product()).hasSize(200);
        assertThat(complaint.identifiers().channelMessageId()).hasSize(200);
        assertThat(complaint.identifiers().firstContactStaffId()).hasSize(64);
    }

    private static Map<String, String> codes(int count) {
        Map<String, String> codes = new HashMap<>();
        for (int i = 0; i < count; i++) {
            codes.put("code" + i, "V-" + i);
        }
        return codes;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ivr 20261124 0001", "1' OR '1'='1", "<msg-1@example.cn>", "ivr-2026\u200b1124",
            "\u202eivr-1", "微信-0001", "ivr-1\u0000", "ivr\n1", "ivr\"1", "ivr\\1", "ivr;1", "ivr%201"})
    void shouldRefuseAnIdentifierOutsideTheIdentifierSyntaxInEveryIdentifierField(String identifier) {
        Map<String, Submission> submissions = Map.of(
                "channelMessageId", Submissions.valid().channelMessageId(identifier).build(),
                "Idempotency-Key", Submissions.valid().idempotencyKey(identifier).build(),
                "firstContact.staffId", Submissions.valid().staffId(identifier).build(),
                "firstContact.unitId", Submissions.valid().unitId(identifier).build(),
                "codes.categoryCode", Submissions.valid().codes(Map.of("categoryCode", identifier)).build());

        submissions.forEach((field, submission) -> assertThat(catchThrowableOfType(
                InvalidSubmissionException.class, () -> normaliser.normalise(submission)).violations())
                .as(field).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple(field, "invalid_identifier")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ivr-20261124-0001", "urn:uuid:6ea81cbd-9e3e-5133-8fd8-c124d45603b3",
            "CAFk3=abc+def@mail.gmail.com", "wx/2026#42", "a_b.c:d"})
    void shouldAcceptIdentifiersOfTheIdentifierSyntax(String identifier) {
        NormalisedComplaint complaint = normaliser.normalise(Submissions.valid().channelMessageId(identifier)
                .idempotencyKey(identifier).staffId(identifier).unitId(identifier)
                .codes(Map.of("categoryCode", identifier)).build());

        assertThat(complaint.identifiers()).isEqualTo(new NormalisedComplaint.Identifiers(identifier, identifier,
                identifier, identifier, identifier));
    }

    @Test
    void shouldFoldFullWidthIdentifiersToAsciiAndTrimThem() {
        NormalisedComplaint complaint = normaliser.normalise(
                Submissions.valid().channelMessageId(" ＩＶＲ－２０２６ ").staffId("Ｅ１００２３８７１").build());

        assertThat(complaint.identifiers().channelMessageId()).isEqualTo("IVR-2026");
        assertThat(complaint.identifiers().firstContactStaffId()).isEqualTo("E10023871");
    }

    @Test
    void shouldRefuseACodeWhoseNameIsNoNameWithoutNamingIt() {
        Submission submission = Submissions.valid().codes(Map.of("13812341234", "x", "a b", "y")).build();

        InvalidSubmissionException error = catchThrowableOfType(InvalidSubmissionException.class,
                () -> normaliser.normalise(submission));

        assertThat(error.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                tuple("codes", "invalid_identifier"), tuple("codes", "invalid_identifier"));
        assertThat(error.getMessage()).doesNotContain("13812341234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b", "\u200b\u200c\u200d\u2060", "\u202e\u202c", "\u2066\u2069", "\ufeff",
            "\u3164\u3164", " \u200b \u00a0 "})
    void shouldTreatTextWithoutAVisibleCharacterAsMissing(String invisible) {
        Submission submission = Submissions.valid().source(invisible).channel(invisible).text(invisible).build();

        InvalidSubmissionException error = catchThrowableOfType(InvalidSubmissionException.class,
                () -> normaliser.normalise(submission));

        assertThat(error.violations()).extracting(FieldViolation::code)
                .containsExactlyInAnyOrder("missing_source", "missing_channel", "missing_text");
    }

    @Test
    void shouldTreatAnInvisibleOptionalFieldAsAbsent() {
        NormalisedComplaint complaint = normaliser.normalise(Submissions.valid().product("\u200b\u202e")
                .customerReference("\u2060").staffId("\u200b").amount("\u200b").build());

        assertThat(complaint.product()).isNull();
        assertThat(complaint.customerReference()).isNull();
        assertThat(complaint.identifiers().firstContactStaffId()).isNull();
        assertThat(complaint.amountAtStake()).isNull();
    }

    @Test
    void shouldCheckTheIdempotencyKeyUnderItsOwnNameEvenBesideAMessageId() {
        Submission submission = Submissions.valid().idempotencyKey("key with spaces").build();

        InvalidSubmissionException error = catchThrowableOfType(InvalidSubmissionException.class,
                () -> normaliser.normalise(submission));

        assertThat(error.violations()).extracting(FieldViolation::field).containsExactly("Idempotency-Key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e20", "1.00001", "¥12.34567", "1e999999999"})
    void shouldRefuseAnAmountBeyondTheContractsDecimal(String amount) {
        assertThat(catchThrowableOfType(InvalidSubmissionException.class,
                () -> normaliser.normalise(Submissions.valid().amount(amount).build())).violations())
                .extracting(FieldViolation::code).containsExactly("invalid_amount");
    }
}
