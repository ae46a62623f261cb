package com.redress.grading.topology;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.CaseUpdateType;
import com.redress.grading.grade.Grade;
import com.redress.grading.grade.Grader;
import com.redress.grading.grade.IncidentMembership;
import com.redress.grading.grade.UpdateFacts;
import com.redress.grading.message.GradingMessage;
import com.redress.grading.message.IncidentRaise;
import com.redress.grading.message.NewCase;
import com.redress.grading.message.UpdateReceived;
import com.redress.grading.metrics.GradingMetrics;
import com.redress.platform.streams.JsonStateSerdes;

/**
 * Last step, keyed by case: gives each case its first grade and re-grades it on updates and incidents, emitting a
 * {@link ComplaintGraded} only when the grade changes and never twice for the same trigger.
 *
 * <p>Updates and incidents that overtake the first grade (they travel a shorter path through the topology) wait in
 * the case's state and are applied right after it. A case's state is deleted a retention period after it is closed
 * (see {@link ClosedCaseExpiry}); state holding only updates of a case never registered expires the same way.
 */
final class CaseGradeProcessor implements ProcessorSupplier<String, GradingMessage, String, ComplaintGraded> {

    static final String STORE = "grading-case-grades";

    private static final Logger log = LoggerFactory.getLogger(CaseGradeProcessor.class);

    private final Grader grader;
    private final GradingMetrics metrics;
    private final CaseRetention retention;

    CaseGradeProcessor(Grader grader, GradingMetrics metrics, CaseRetention retention) {
        this.grader = grader;
        this.metrics = metrics;
        this.retention = retention;
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        Set<StoreBuilder<?>> stores = new HashSet<>(ClosedCaseExpiry.stores(STORE));
        stores.add(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                JsonStateSerdes.of(CaseGradeState.class)));
        return stores;
    }

    @Override
    public Processor<String, GradingMessage, String, ComplaintGraded> get() {
        return new Processor<>() {

            private ProcessorContext<String, ComplaintGraded> context;
            private KeyValueStore<String, CaseGradeState> states;
            private ClosedCaseExpiry expiry;

            @Override
            public void init(ProcessorContext<String, ComplaintGraded> context) {
                this.context = context;
                this.states = context.getStateStore(STORE);
                this.expiry = ClosedCaseExpiry.start(context, STORE, retention, caseId -> {
                    states.delete(caseId);
                    metrics.expired(STORE);
                });
            }

            @Override
            public void process(Record<String, GradingMessage> record) {
                String caseId = record.value().caseId();
                CaseGradeState state = Optional.ofNullable(states.get(caseId)).orElseGet(CaseGradeState::empty);
                CaseGradeState next;
                if (record.value() instanceof NewCase newCase) {
                    next = gradeFirst(state, newCase, record.timestamp());
                } else if (record.value() instanceof UpdateReceived received) {
                    next = applyUpdate(caseId, state, received.update(), record.timestamp());
                } else if (record.value() instanceof IncidentRaise raise) {
                    next = joinIncident(caseId, state, raise.incident(), record.timestamp());
                } else {
                    return;
                }
                if (next != state) {
                    states.put(caseId, next);
                }
            }

            private CaseGradeState gradeFirst(CaseGradeState state, NewCase newCase, long timestamp) {
                if (state.graded()) {
                    metrics.duplicate("registered");
                    return state;
                }
                expiry.cancel(newCase.caseId());
                Grade grade = grader.initialGrade(newCase.facts(), newCase.classification(), newCase.repeat(),
                        newCase.incident());
                CaseGradeState next = state.firstGraded(newCase.facts(), grade);
                emit(next, grade, newCase.facts().registeredEventId(), timestamp);
                for (UpdateFacts update : state.pendingUpdates()) {
                    next = applyUpdate(newCase.caseId(), next, update, timestamp);
                }
                for (IncidentMembership incident : state.pendingIncidents()) {
                    next = joinIncident(newCase.caseId(), next, incident, timestamp);
                }
                return next;
            }

            private CaseGradeState applyUpdate(String caseId, CaseGradeState state, UpdateFacts update,
                    long timestamp) {
                if (state.processedUpdates().contains(update.eventId())) {
                    metrics.duplicate("update");
                    return state;
                }
                if (!state.graded()) {
                    if (state.seen(update.eventId())) {
                        return state;
                    }
                    // the registration may never come: such updates must not be kept for ever
                    expiry.expireAfter(caseId, timestamp);
                    return state.pending(update);
                }
                CaseGradeState next = state.processed(update.eventId());
                if (update.type() == CaseUpdateType.CLOSED) {
                    expiry.expireAfter(caseId, update.occurredAt());
                } else if (update.type() == CaseUpdateType.REOPENED) {
                    expiry.cancel(caseId);
                }
                BigDecimal amount = next.amountAtStake();
                String currency = next.currency();
                if (update.type() == CaseUpdateType.NEW_LOSS_REPORTED && update.newLossAmount() != null) {
                    if (currency == null || currency.equals(update.newLossCurrency())) {
                        amount = amount == null ? update.newLossAmount() : amount.add(update.newLossAmount());
                        currency = update.newLossCurrency();
                        next = next.withAmount(amount, currency);
                    } else {
                        // a loss in another currency is judged on its own rather than converted at an arbitrary rate
                        amount = update.newLossAmount();
                        currency = update.newLossCurrency();
                    }
                }
                Optional<Grade> regraded = grader.regrade(next.grade(), update, amount, currency);
                if (regraded.isPresent()) {
                    next = next.withGrade(regraded.get());
                    emit(next, regraded.get(), update.eventId(), timestamp);
                }
                return next;
            }

            private CaseGradeState joinIncident(String caseId, CaseGradeState state, IncidentMembership incident,
                    long timestamp) {
                if (!state.graded()) {
                    if (state.pendingIncidents().contains(incident)) {
                        return state;
                    }
                    expiry.expireAfter(caseId, timestamp);
                    return state.pending(incident);
                }
                Optional<Grade> regraded = grader.joinIncident(state.grade(), incident);
                if (regraded.isEmpty()) {
                    return state;
                }
                CaseGradeState next = state.withGrade(regraded.get());
                emit(next, regraded.get(), "incident:" + incident.incidentId(), timestamp);
                return next;
            }

            private void emit(CaseGradeState state, Grade grade, String triggerId, long timestamp) {
                ComplaintGraded event = AvroMapping.graded(state.facts(), grade, grader.ruleSetVersion(), triggerId,
                        timestamp);
                context.forward(new Record<>(state.facts().caseId(), event, timestamp));
                metrics.graded(grade.primaryCategory(), grade.tier(), grade.reason());
                log.debug("Case {} graded tier {} priority {} ({})", state.facts().caseId(), grade.tier(),
                        grade.priority(), grade.reason());
            }
        };
    }
}
