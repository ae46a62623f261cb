package com.redress.intake.status;

import java.util.Optional;
import java.util.function.Function;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;

import com.redress.contract.Topics;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.sla.SlaEvent;
import com.redress.intake.deduplication.RegisteredCases;
import com.redress.intake.deduplication.RegisteredCasesUnavailableException;
import com.redress.intake.updates.UnknownCaseException;

/** Composes a case's status view from its registration and the latest events in the status topology's stores. */
public class CaseStatusService {

    static final String REGISTERED_STAGE = "REGISTERED";

    private final RegisteredCases registeredCases;
    private final LatestCaseEvents latestEvents;
    private final CaseStatusTopology.StatusSerdes serdes;

    public CaseStatusService(RegisteredCases registeredCases, LatestCaseEvents latestEvents,
            CaseStatusTopology.StatusSerdes serdes) {
        this.registeredCases = registeredCases;
        this.serdes = serdes;
        this.latestEvents = latestEvents;
    }

    /**
     * The status of case {@code caseId}, as {@code access} may see it.
     *
     * @throws UnknownCaseException                 when no such case is registered, or {@code access} may not read it
     * @throws RegisteredCasesUnavailableException while the registered-cases view is loading
     * @throws CaseStatusUnavailableException      while the status view is loading
     */
    public CaseStatusView statusOf(String caseId, CaseAccess access) {
        ComplaintRegistered registered = registeredCases.find(caseId).filter(access::mayRead)
                .orElseThrow(UnknownCaseException::new);
        Optional<CaseUpdate> update = latest(CaseStatusTopology.LATEST_UPDATE_STORE, Topics.COMPLAINTS_UPDATES,
                serdes.updates(), caseId);
        Optional<ComplaintGraded> grade = latest(CaseStatusTopology.LATEST_GRADE_STORE, Topics.COMPLAINTS_GRADED,
                serdes.graded(), caseId);
        Optional<SlaEvent> sla = latest(CaseStatusTopology.LATEST_SLA_EVENT_STORE, Topics.SLA_EVENTS,
                serdes.slaEvents(), caseId);
        Optional<NotificationOutcome> notification = latest(CaseStatusTopology.LATEST_NOTIFICATION_STORE,
                Topics.NOTIFICATIONS_OUTCOMES, serdes.notifications(), caseId);
        return new CaseStatusView(
                caseId,
                registered.getCaseNumber(),
                registered.getChannel().name(),
                registered.getReceivedAt(),
                registered.getReceivedZoneId(),
                update.map(u -> u.getUpdateType().name()).orElse(REGISTERED_STAGE),
                map(update, u -> new CaseStatusView.LastUpdate(u.getUpdateType().name(), u.getOccurredAt(),
                        u.getActor())),
                map(grade, g -> new CaseStatusView.Grade(g.getTier(), g.getPriority(), g.getPrimaryCategory().name(),
                        g.getOccurredAt())),
                map(sla, s -> new CaseStatusView.Sla(s.getType().name(), s.getClockKind().name(), s.getDeadline(),
                        s.getDeadlineProvisional(), s.getOccurredAt())),
                map(notification, n -> new CaseStatusView.LastNotification(n.getStatus().name(),
                        n.getChannel().name(), n.getMessageKind().name(), n.getOccurredAt())));
    }

    private <V> Optional<V> latest(String storeName, String topic, Serde<V> serde, String caseId) {
        return latestEvents.find(storeName, caseId).map(bytes -> {
            try {
                return serde.deserializer().deserialize(topic, bytes);
            } catch (SerializationException e) {
                throw new CaseStatusUnavailableException("The case's latest event on " + topic + " cannot be read",
                        e);
            }
        });
    }

    private static <T, R> R map(Optional<T> value, Function<T, R> mapper) {
        return value.map(mapper).orElse(null);
    }
}
