package com.redress.intake.updates;

import java.util.List;
import java.util.Set;

import com.redress.events.intake.CaseStage;
import com.redress.events.intake.CaseUpdateType;

/** An update the case's stage does not allow, e.g. CLOSED on a case never resolved. */
public class LifecycleConflictException extends RuntimeException {

    private final CaseStage stage;
    private final List<CaseUpdateType> allowed;

    public LifecycleConflictException(CaseStage stage, Set<CaseUpdateType> allowed) {
        super("The case is " + stage + "; it allows " + allowed);
        this.stage = stage;
        this.allowed = List.copyOf(allowed);
    }

    public CaseStage stage() {
        return stage;
    }

    /** The update types the stage allows, in the contract's order. */
    public List<CaseUpdateType> allowed() {
        return allowed;
    }
}
