package com.redress.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.redress.events.common.Money;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.intake.casenumber.CaseIdentity;
import com.redress.intake.casenumber.TestCaseIdentities;
import com.redress.intake.deduplication.DeduplicationKey;
import com.redress.intake.normalisation.NormalisationProperties;
import com.redress.intake.normalisation.NormalisedComplaint;
import com.redress.intake.normalisation.Submission;
import com.redress.intake.normalisation.SubmissionNormaliser;
import com.redress.intake.privacy.CustomerPseudonymiser;
import com.redress.intake.privacy.PrivacyProperties;
import com.redress.platform.privacy.ContactCipher;
import com.redress.platform.privacy.ContactKeyProperties;

/** A corpus of real-looking zh and en complaints from every kind of channel, with personal data planted in them. */
class ComplaintCorpusTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private static final ContactKeyProperties CONTACT_KEYS = new ContactKeyProperties(
            Map.of("contact-2026-01", base64("contact-key-0123456789abcdef-256")), "contact-2026-01");
    private static final PrivacyProperties PRIVACY = new PrivacyProperties(base64("pseudonym-key-0123456789abcdef!!"));

    private final SubmissionNormaliser normaliser = new SubmissionNormaliser(new NormalisationProperties(
            ZoneId.of("Asia/Shanghai"), "CNY", 20_000, Duration.ofMinutes(5), Period.ofYears(5)), CLOCK);
    private final ComplaintRegisteredFactory factory = new ComplaintRegisteredFactory(new ContactCipher(CONTACT_KEYS),
            new CustomerPseudonymiser(PRIVACY));

    static Stream<JsonNode> corpus() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ComplaintCorpusTest.class.getResourceAsStream("/corpus/complaints.jsonl"), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank()).map(json::readTree).forEach(lines::add);
        }
        return lines.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("corpus")
    void shouldNormaliseEachComplaintAndLeaveNoPlantedPersonalDataInTheEvent(JsonNode line) {
        // Given a complaint as its channel system sends it
        Submission submission = submissionOf(line);

        // When it is normalised and turned into its registration event
        NormalisedComplaint complaint = normaliser.normalise(submission);
        CaseIdentity identity = TestCaseIdentities.create().newIdentity(
                DeduplicationKey.ofChannelMessage(complaint.channel(), complaint.identifiers().channelMessageId()),
                complaint.receivedAt().atZone(complaint.receivedZone()).toLocalDate());
        ComplaintRegistered event = factory.build(complaint, identity, CLOCK.instant());

        // Then channel, language and amount are canonical, and nothing planted survives anywhere in the event
        assertThat(event.getChannel().name()).isEqualTo(line.get("expectedChannel").asString());
        assertThat(event.getCustomer().getLanguage()).isEqualTo(line.get("expectedLanguage").asString());
        assertThat(amountOf(event.getAmountAtStake())).isEqualTo(textOrNull(line, "expectedAmount"));
        String whole = event.toString();
        String digitsOnly = whole.replaceAll("[^0-9]", "");
        for (JsonNode planted : line.get("planted")) {
            String value = planted.asString();
            assertThat(whole).doesNotContainIgnoringCase(value);
            String plantedDigits = value.replaceAll("[^0-9]", "");
            if (plantedDigits.length() >= 8) {
                assertThat(digitsOnly).doesNotContain(plantedDigits);
            }
        }
    }

    private static Submission submissionOf(JsonNode line) {
        return new Submission("corpus", textOrNull(line, "channel"), "corpus-" + Integer.toHexString(line.get("text").asString().hashCode()),
                null, Instant.parse("2026-11-24T01:15:00Z"), textOrNull(line, "zone"),
                textOrNull(line, "customerReference"), textOrNull(line, "phone"), textOrNull(line, "email"), null, null,
                null, textOrNull(line, "segment"), textOrNull(line, "product"), textOrNull(line, "amount"),
                textOrNull(line, "text"), Map.of(), null, null);
    }

    private static String amountOf(Money money) {
        return money == null ? null : money.getAmount().setScale(4).toPlainString() + " " + money.getCurrency();
    }

    private static String textOrNull(JsonNode line, String field) {
        JsonNode node = line.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
