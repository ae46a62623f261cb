package com.redress.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;
import com.redress.events.common.Money;
import com.redress.events.fixtures.SampleEvents;
import com.redress.events.intake.ComplaintRegistered;

import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventRoundTripTest {

    static Stream<SpecificRecord> sampleEvents() {
        return SampleEvents.byTopic().values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleEvents")
    void shouldReadBackEveryFieldAfterAvroBinaryRoundTrip(SpecificRecord event) throws IOException {
        // Given an event with every field, nested ones included, filled
        assertEveryFieldFilled(event, event.getSchema().getName());

        // When
        SpecificRecord decoded = roundTrip(event);

        // Then
        assertThat(decoded).isEqualTo(event);
    }

    @Test
    void shouldHaveASampleOfItsValueTypeForEveryEventTopicOfTheCatalog() {
        // Given
        List<TopicSpec> eventTopics = Topics.ALL.stream().filter(spec -> !spec.isDeadLetter()).toList();

        // When
        Map<String, SpecificRecord> samples = SampleEvents.byTopic();

        // Then
        assertThat(samples.keySet()).containsExactlyElementsOf(eventTopics.stream().map(TopicSpec::name).toList());
        eventTopics.forEach(spec -> assertThat(samples.get(spec.name()).getSchema())
                .as("sample for %s", spec.name()).isEqualTo(spec.valueSchema()));
    }

    @Test
    void shouldCarryKuwaitiDinarFilsExactly() throws IOException {
        // Given KWD has three decimal places
        var registered = SampleEvents.complaintRegistered();
        var kwd = Money.newBuilder().setAmount(new BigDecimal("1234.567")).setCurrency("KWD").build();
        var event = ComplaintRegistered.newBuilder(registered).setAmountAtStake(kwd).build();

        // When
        var decoded = roundTrip(event);

        // Then
        assertThat(decoded.getAmountAtStake().getAmount()).isEqualByComparingTo("1234.567");
        assertThat(decoded.getAmountAtStake().getCurrency()).isEqualTo("KWD");
    }

    @Test
    void shouldRefuseAmountWithMoreDecimalPlacesThanTheContractScale() {
        // Given five decimal places where the contract carries four
        var registered = SampleEvents.complaintRegistered();
        var tooPrecise = Money.newBuilder().setAmount(new BigDecimal("0.00001")).setCurrency("USD").build();
        var event = ComplaintRegistered.newBuilder(registered)
                .setAmountAtStake(tooPrecise).build();

        // When / Then
        assertThatThrownBy(() -> roundTrip(event)).isInstanceOf(AvroTypeException.class);
    }

    @SuppressWarnings("unchecked")
    private static <T extends SpecificRecord> T roundTrip(T event) throws IOException {
        Class<T> type = (Class<T>) event.getClass();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new SpecificDatumWriter<>(type).write(event, encoder);
        encoder.flush();
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null);
        return new SpecificDatumReader<>(type).read(null, decoder);
    }

    /** Fails when a sample leaves a field null or a collection empty, so a new field forces a new sample value. */
    private static void assertEveryFieldFilled(SpecificRecord record, String path) {
        for (Schema.Field field : record.getSchema().getFields()) {
            Object value = record.get(field.pos());
            String fieldPath = path + "." + field.name();
            assertThat(value).as(fieldPath).isNotNull();
            if (value instanceof SpecificRecord nested) {
                assertEveryFieldFilled(nested, fieldPath);
            } else if (value instanceof Collection<?> collection) {
                assertThat(collection).as(fieldPath).isNotEmpty();
                collection.stream().filter(SpecificRecord.class::isInstance)
                        .forEach(element -> assertEveryFieldFilled((SpecificRecord) element, fieldPath + "[]"));
            } else if (value instanceof Map<?, ?> map) {
                assertThat(map).as(fieldPath).isNotEmpty();
            }
        }
    }
}
