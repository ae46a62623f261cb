package com.redress.intake.updates;

import java.util.HashMap;
import java.util.Map;

/** {@link CaseLifecycles} in a map: the state each case's latest written update left. */
final class InMemoryCaseLifecycles implements CaseLifecycles {

    private final Map<String, CaseLifecycleState> states = new HashMap<>();

    @Override
    public CaseLifecycleState stateOf(String caseId) {
        return states.getOrDefault(caseId, CaseLifecycleState.initial());
    }

    @Override
    public void remember(String caseId, CaseLifecycleState state) {
        states.put(caseId, state);
    }
}
