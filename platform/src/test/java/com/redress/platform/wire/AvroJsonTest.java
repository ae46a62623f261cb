package com.redress.platform.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.redress.events.fixtures.SampleEvents;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.sla.SlaEvent;

class AvroJsonTest {

    @Test
    void shouldWriteTimestampsAsEpochMillisAndUuidsAsStrings() {
        // Given
        ChannelSubmission submission = SampleEvents.channelSubmission("wx-20260302-8827361");

        // When
        JsonNode json = AvroJson.normalise(submission.getSchema(), submission);

        // Then
        assertThat(json.get("receivedAt").longValue()).isEqualTo(submission.getReceivedAt().toEpochMilli());
        assertThat(json.get("eventId").stringValue()).isEqualTo(submission.getEventId().toString());
        assertThat(json.get("channelCodes").get("wechat.scene").stringValue()).isEqualTo("公众号投诉");
        assertThat(json.get("contact").get("preferredLanguage").stringValue()).isEqualTo("zh-CN");
    }

    @Test
    void shouldWriteDecimalsAsPlainStringsWithTheirScaleAndEnumsAsSymbols() {
        // Given
        CaseUpdate update = SampleEvents.caseUpdate();

        // When
        JsonNode json = AvroJson.normalise(update.getSchema(), update);

        // Then
        assertThat(json.get("resolution").get("amountRefunded").get("amount").stringValue()).isEqualTo("12800.0000");
        assertThat(json.get("resolution").get("outcome").stringValue()).isEqualTo("UPHELD");
        assertThat(json.get("updateType").stringValue()).isEqualTo("RESOLVED");
    }

    @Test
    void shouldWriteBytesAsBase64AndArraysOfEnumsAsSymbols() {
        // Given
        ComplaintRegistered registered = SampleEvents.complaintRegistered();

        // When
        JsonNode customer = AvroJson.normalise(registered.getSchema(), registered).get("customer");

        // Then
        assertThat(Base64.getDecoder().decode(customer.get("encryptedContact").get("ciphertext").stringValue()))
                .containsExactly(0x00, 0xde, 0xad, 0xbe, 0xef, 0x80, 0x7f, 0x01);
        assertThat(customer.get("preferredNotificationChannels").get(1).stringValue()).isEqualTo("PUSH");
    }

    @Test
    void shouldWriteUnionBranchesAsTheirValueAndNullAsNull() {
        // Given
        SlaEvent withOptionals = SampleEvents.slaEvent();
        SlaEvent withoutOptionals = SampleEvents.slaEvent();
        withoutOptionals.put("warningFraction", null);

        // When
        JsonNode full = AvroJson.normalise(withOptionals.getSchema(), withOptionals);
        JsonNode sparse = AvroJson.normalise(withoutOptionals.getSchema(), withoutOptionals);

        // Then
        assertThat(full.get("warningFraction").doubleValue()).isEqualTo(0.9);
        assertThat(full.get("lateByMillis").longValue()).isEqualTo(3_600_000L);
        assertThat(sparse.get("warningFraction").isNull()).isTrue();
    }
}
