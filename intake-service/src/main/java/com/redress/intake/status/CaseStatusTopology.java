package com.redress.intake.status;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;

import com.redress.contract.Topics;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.sla.SlaEvent;

/**
 * The Kafka Streams topology behind the status view: the latest grade, update, SLA event and notification outcome of
 * every case, each in a global table keyed by case id, so any instance can answer for any case.
 */
public final class CaseStatusTopology {

    public static final String LATEST_GRADE_STORE = "case-status-latest-grade";
    public static final String LATEST_UPDATE_STORE = "case-status-latest-update";
    public static final String LATEST_SLA_EVENT_STORE = "case-status-latest-sla-event";
    public static final String LATEST_NOTIFICATION_STORE = "case-status-latest-notification";

    private CaseStatusTopology() {
    }

    /** The serdes of the four topics the view reads, applied when a case is looked up. */
    public record StatusSerdes(Serde<ComplaintGraded> graded, Serde<CaseUpdate> updates, Serde<SlaEvent> slaEvents,
            Serde<NotificationOutcome> notifications) {
    }

    /** The four tables of latest events, by case id, as the records' bytes. */
    public record StatusTables(GlobalKTable<String, byte[]> grades, GlobalKTable<String, byte[]> updates,
            GlobalKTable<String, byte[]> slaEvents, GlobalKTable<String, byte[]> notifications) {
    }

    public static StatusTables build(StreamsBuilder builder) {
        return new StatusTables(
                latest(builder, Topics.COMPLAINTS_GRADED, LATEST_GRADE_STORE),
                latest(builder, Topics.COMPLAINTS_UPDATES, LATEST_UPDATE_STORE),
                latest(builder, Topics.SLA_EVENTS, LATEST_SLA_EVENT_STORE),
                latest(builder, Topics.NOTIFICATIONS_OUTCOMES, LATEST_NOTIFICATION_STORE));
    }

    /**
     * The latest event per case is enough for "where is my complaint"; the topics keep the full history. A record's
     * bytes are stored as they came: storing the decoded event would encode it again with intake's version of the
     * writer's schema, which the registry does not hold while intake runs ahead of the service writing the topic
     * (consumers are upgraded first under BACKWARD compatibility), and the table would stop.
     */
    private static GlobalKTable<String, byte[]> latest(StreamsBuilder builder, String topic, String store) {
        return builder.globalTable(topic, Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName(store + "-source"),
                Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(store)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.ByteArray()));
    }
}
