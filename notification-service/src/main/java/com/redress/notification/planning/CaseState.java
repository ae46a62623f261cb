package com.redress.notification.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The planning's state of one case: its registration, latest tier, the messages planned for it by message key, the
 * surveys answered, the events that came before its registration, and when the state is to be forgotten.
 */
final class CaseState {

    private String caseId;
    private CaseFacts facts;
    private Integer tier;
    private Instant closedAt;
    private String expiryKey;
    private Map<String, PlannedRequest> messages = new LinkedHashMap<>();
    private Set<String> answeredSurveys = new LinkedHashSet<>();
    private List<CaseEvent> beforeRegistration = new ArrayList<>();

    /** For the JSON serde. */
    private CaseState() {
    }

    CaseState(String caseId) {
        this.caseId = caseId;
    }

    String caseId() {
        return caseId;
    }

    Optional<CaseFacts> facts() {
        return Optional.ofNullable(facts);
    }

    void register(CaseFacts registration) {
        this.facts = registration;
    }

    Integer tier() {
        return tier;
    }

    void grade(Integer newTier) {
        this.tier = newTier;
    }

    Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    void close(Instant at) {
        this.closedAt = at;
    }

    void reopen() {
        this.closedAt = null;
    }

    String expiryKey() {
        return expiryKey;
    }

    void expireBy(String key) {
        this.expiryKey = key;
    }

    Optional<PlannedRequest> message(String messageKey) {
        return Optional.ofNullable(messages.get(messageKey));
    }

    Map<String, PlannedRequest> messages() {
        return messages;
    }

    void put(String messageKey, PlannedRequest message) {
        messages.put(messageKey, message);
    }

    boolean answered(String surveyId) {
        return answeredSurveys.contains(surveyId);
    }

    void answer(String surveyId) {
        answeredSurveys.add(surveyId);
    }

    /** Keeps {@code event} until the registration arrives; at most {@code limit}, dropping the oldest. */
    Optional<CaseEvent> awaitRegistration(CaseEvent event, int limit) {
        beforeRegistration.add(event);
        return beforeRegistration.size() > limit ? Optional.of(beforeRegistration.remove(0)) : Optional.empty();
    }

    /** The events that waited for the registration, in the order they came; none wait afterwards. */
    List<CaseEvent> takeWaitingEvents() {
        List<CaseEvent> waiting = beforeRegistration;
        beforeRegistration = new ArrayList<>();
        return waiting;
    }
}
