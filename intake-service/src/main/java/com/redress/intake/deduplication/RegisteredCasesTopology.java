package com.redress.intake.deduplication;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.common.utils.Bytes;

import com.redress.contract.Topics;
import com.redress.events.intake.ComplaintRegistered;

/**
 * The Kafka Streams topology of intake: a global table of every registered case by case id, read from
 * {@code complaints.registered} on every instance, so any instance can tell whether a case exists.
 */
public final class RegisteredCasesTopology {

    public static final String REGISTERED_CASES_STORE = "registered-cases";
    static final String SOURCE_NAME = "registered-cases-source";

    private RegisteredCasesTopology() {
    }

    public static GlobalKTable<String, ComplaintRegistered> build(StreamsBuilder builder,
            Serde<ComplaintRegistered> registeredSerde) {
        // a global table, not a partitioned one: REST requests land on any instance, whatever the case's partition
        return builder.globalTable(Topics.COMPLAINTS_REGISTERED,
                Consumed.with(Serdes.String(), registeredSerde).withName(SOURCE_NAME),
                Materialized.<String, ComplaintRegistered, KeyValueStore<Bytes, byte[]>>as(REGISTERED_CASES_STORE)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(registeredSerde));
    }
}
