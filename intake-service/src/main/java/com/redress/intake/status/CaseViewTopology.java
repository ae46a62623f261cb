package com.redress.intake.status;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Aggregator;
import org.apache.kafka.streams.kstream.CogroupedKStream;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;

import com.redress.contract.Topics;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.sla.SlaEvent;

/**
 * The case view: one {@link CaseState} per case, folded from the five topics of a case's life, all keyed and
 * partitioned by case id, so each instance holds only the cases of its partitions, in a changelogged store.
 *
 * <p>Each event is decoded with intake's version of its schema and only the fields the view shows are kept: an event
 * written with a newer schema than intake knows is read as well as one written with an older, and nothing is encoded
 * again with a schema the registry may not hold. The latest event of each kind on its partition wins, as the topics
 * order them.
 */
public final class CaseViewTopology {

    public static final String CASE_STORE = "case-view-cases";

    private CaseViewTopology() {
    }

    /** The serdes of the five topics the view reads, and of its state. */
    public record CaseViewSerdes(Serde<ComplaintRegistered> registered, Serde<CaseUpdate> updates,
            Serde<ComplaintGraded> graded, Serde<SlaEvent> slaEvents, Serde<NotificationOutcome> notifications,
            Serde<CaseState> state) {
    }

    public static KTable<String, CaseState> build(StreamsBuilder builder, CaseViewSerdes serdes) {
        CogroupedKStream<String, CaseState> cases = grouped(builder, Topics.COMPLAINTS_REGISTERED,
                serdes.registered()).cogroup(CaseViewTopology::foldRegistration);
        cases = cases.cogroup(grouped(builder, Topics.COMPLAINTS_UPDATES, serdes.updates()),
                        (Aggregator<String, CaseUpdate, CaseState>) CaseViewTopology::foldUpdate)
                .cogroup(grouped(builder, Topics.COMPLAINTS_GRADED, serdes.graded()),
                        (Aggregator<String, ComplaintGraded, CaseState>) CaseViewTopology::foldGrade)
                .cogroup(grouped(builder, Topics.SLA_EVENTS, serdes.slaEvents()),
                        (Aggregator<String, SlaEvent, CaseState>) CaseViewTopology::foldSla)
                .cogroup(grouped(builder, Topics.NOTIFICATIONS_OUTCOMES, serdes.notifications()),
                        (Aggregator<String, NotificationOutcome, CaseState>) CaseViewTopology::foldNotification);
        return cases.aggregate(() -> CaseState.EMPTY, Named.as(CASE_STORE + "-fold"),
                Materialized.<String, CaseState, KeyValueStore<Bytes, byte[]>>as(CASE_STORE)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(serdes.state()));
    }

    private static <V> KGroupedStream<String, V> grouped(StreamsBuilder builder, String topic, Serde<V> serde) {
        return builder.stream(topic, Consumed.with(Serdes.String(), serde).withName(CASE_STORE + "-" + topic))
                .groupByKey(Grouped.with(CASE_STORE + "-" + topic + "-by-case", Serdes.String(), serde));
    }

    static CaseState foldRegistration(String caseId, ComplaintRegistered registered, CaseState state) {
        return state.withRegistration(new CaseState.Registration(registered.getCaseNumber(),
                registered.getChannel().name(), registered.getReceivedAt(), registered.getReceivedZoneId(),
                registered.getSubmittedBy()));
    }

    static CaseState foldUpdate(String caseId, CaseUpdate update, CaseState state) {
        return state.withLastUpdate(new CaseStatusView.LastUpdate(update.getUpdateType().name(),
                update.getOccurredAt(), update.getActor()));
    }

    static CaseState foldGrade(String caseId, ComplaintGraded graded, CaseState state) {
        return state.withGrade(new CaseStatusView.Grade(graded.getTier(), graded.getPriority(),
                graded.getPrimaryCategory().name(), graded.getOccurredAt()));
    }

    static CaseState foldSla(String caseId, SlaEvent event, CaseState state) {
        return state.withSla(new CaseStatusView.Sla(event.getType().name(), event.getClockKind().name(),
                event.getDeadline(), event.getDeadlineProvisional(), event.getOccurredAt()));
    }

    static CaseState foldNotification(String caseId, NotificationOutcome outcome, CaseState state) {
        return state.withLastNotification(new CaseStatusView.LastNotification(outcome.getStatus().name(),
                outcome.getChannel().name(), outcome.getMessageKind().name(), outcome.getOccurredAt()));
    }
}
