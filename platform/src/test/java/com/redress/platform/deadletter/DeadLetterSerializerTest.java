package com.redress.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.redress.contract.Topics;
import com.redress.events.fixtures.SampleEvents;
import com.redress.events.intake.ChannelSubmission;
import com.redress.platform.registry.InMemorySchemaRegistryClient;
import com.redress.platform.serde.AvroDeserializer;

class DeadLetterSerializerTest {

    private static final String SCOPE = "dead-letter-serializer-test";

    private final DeadLetterSerializer serializer = new DeadLetterSerializer();

    @BeforeEach
    void configureAsAServiceInProduction() {
        serializer.configure(Map.of("schema.registry.url", "mock://" + SCOPE, "auto.register.schemas", "false"), false);
    }

    @AfterEach
    void dropRegistry() {
        serializer.close();
        InMemorySchemaRegistryClient.dropScope(SCOPE);
    }

    @Test
    void shouldPassUnreadableBytesThroughUntouched() {
        // Given
        byte[] original = {1, 2, 3, (byte) 0xff};

        // When
        byte[] written = serializer.serialize(Topics.COMPLAINTS_SUBMITTED_DLT, original);

        // Then
        assertThat(written).isSameAs(original);
    }

    @Test
    void shouldWriteStringKeysAsUtf8() {
        // When
        byte[] written = serializer.serialize(Topics.COMPLAINTS_SUBMITTED_DLT, "wechat:wx-20260302-8827361");

        // Then
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo("wechat:wx-20260302-8827361");
    }

    @Test
    void shouldKeepNullANull() {
        assertThat(serializer.serialize(Topics.COMPLAINTS_SUBMITTED_DLT, null)).isNull();
    }

    @Test
    void shouldWriteAReadRecordWithTheSchemaIdOfTheSourceTopicsSubject() {
        // Given: the producer of complaints.submitted registered its schema; nobody registered one for the DLT
        InMemorySchemaRegistryClient registry = InMemorySchemaRegistryClient.forScope(SCOPE);
        int sourceSchemaId = registry.register(Topics.COMPLAINTS_SUBMITTED + "-value",
                ChannelSubmission.getClassSchema());
        ChannelSubmission submission = SampleEvents.channelSubmission("wx-20260302-8827361");

        // When
        byte[] written = serializer.serialize(Topics.COMPLAINTS_SUBMITTED_DLT, submission);

        // Then: the dead letter reads like a record of the source topic
        assertThat(written[0]).isZero();
        assertThat(ByteBuffer.wrap(written, 1, Integer.BYTES).getInt()).isEqualTo(sourceSchemaId);
        AvroDeserializer<ChannelSubmission> deserializer = new AvroDeserializer<>(registry, ChannelSubmission.class);
        assertThat(deserializer.deserialize(Topics.COMPLAINTS_SUBMITTED_DLT, written)).isEqualTo(submission);
    }

    @Test
    void shouldRejectOtherTypesNamingTypeAndTopic() {
        assertThatThrownBy(() -> serializer.serialize(Topics.COMPLAINTS_SUBMITTED_DLT, 42L))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("java.lang.Long")
                .hasMessageContaining(Topics.COMPLAINTS_SUBMITTED_DLT);
    }
}
