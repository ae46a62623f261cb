package com.redress.platform.serde;

import com.redress.platform.serde.testdata.ProbeChannel;
import com.redress.platform.serde.testdata.ProbeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** Sample records of the serde tests' event in its two versions. */
final class ProbeEvents {

    /** Not a topic of the contract, which would refuse this test-only record. */
    static final String TOPIC = "probe.events";
    static final String VALUE_SUBJECT = TOPIC + "-value";
    static final Instant OCCURRED_AT = Instant.parse("2026-03-02T09:30:15.123Z");
    static final BigDecimal AMOUNT = new BigDecimal("1250.50");
    /** Version 1 of {@link ProbeEvent}: without the defaulted {@code note}. */
    static final Schema V1 = load("/serde/ProbeEvent-v1.avsc");
    /** Version 2 as its {@code .avsc} states it, without the properties the generated class adds. */
    static final Schema V2_AS_WRITTEN = load("/serde/avro/ProbeEvent.avsc");

    private ProbeEvents() {
    }

    static ProbeEvent sample() {
        return ProbeEvent.newBuilder()
                .setCaseId("C-2026-000042")
                .setOccurredAt(OCCURRED_AT)
                .setAmountAtStake(AMOUNT)
                .setChannel(ProbeChannel.BRANCH)
                .setNote("customer called twice")
                .build();
    }

    static GenericRecord v1Sample() {
        Schema amountSchema = V1.getField("amountAtStake").schema();
        ByteBuffer amount = new Conversions.DecimalConversion().toBytes(AMOUNT, amountSchema,
                LogicalTypes.fromSchema(amountSchema));
        GenericData.Record record = new GenericData.Record(V1);
        record.put("caseId", "C-2026-000007");
        record.put("occurredAt", OCCURRED_AT.toEpochMilli());
        record.put("amountAtStake", amount);
        record.put("channel", new GenericData.EnumSymbol(V1.getField("channel").schema(), "WEB"));
        return record;
    }

    private static Schema load(String resource) {
        try (InputStream in = ProbeEvents.class.getResourceAsStream(resource)) {
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
