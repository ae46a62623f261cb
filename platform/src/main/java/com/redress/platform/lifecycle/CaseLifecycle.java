package com.redress.platform.lifecycle;

import static com.redress.events.intake.CaseUpdateType.ACKNOWLEDGED;
import static com.redress.events.intake.CaseUpdateType.APPRAISAL_ENDED;
import static com.redress.events.intake.CaseUpdateType.APPRAISAL_STARTED;
import static com.redress.events.intake.CaseUpdateType.AWAITING_CUSTOMER;
import static com.redress.events.intake.CaseUpdateType.CLOSED;
import static com.redress.events.intake.CaseUpdateType.CUSTOMER_REPLIED;
import static com.redress.events.intake.CaseUpdateType.ESCALATED;
import static com.redress.events.intake.CaseUpdateType.EXTENSION_GRANTED;
import static com.redress.events.intake.CaseUpdateType.NEW_LOSS_REPORTED;
import static com.redress.events.intake.CaseUpdateType.REGULATOR_REFERRAL;
import static com.redress.events.intake.CaseUpdateType.REOPENED;
import static com.redress.events.intake.CaseUpdateType.RESOLVED;
import static com.redress.events.intake.CaseUpdateType.RESPONDED;
import static com.redress.events.intake.CaseUpdateType.TIER_CHANGE_REQUESTED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.redress.events.intake.CaseStage;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.CaseUpdateType;

/**
 * The lifecycle of a case as a state machine: which update each stage allows, and the stage it leads to. A case is
 * {@link CaseStage#OPEN} from registration; it is resolved once per opening (the customer withdrawing is a resolution
 * with outcome WITHDRAWN), closed only once resolved, and reopened only once resolved or closed. An appraisal pauses an
 * open case and must end before the case is resolved. A closed case takes nothing but a reopening or a regulator's
 * referral. Intake refuses any other update; the services downstream read the stage each update carries.
 */
public final class CaseLifecycle {

    private static final Map<CaseStage, Map<CaseUpdateType, CaseStage>> TRANSITIONS = transitions();

    private CaseLifecycle() {
    }

    /** The stage of a case no update has touched yet. */
    public static CaseStage initial() {
        return CaseStage.OPEN;
    }

    /** The stage an update of {@code type} takes a case in {@code current} to, or empty when the stage forbids it. */
    public static Optional<CaseStage> next(CaseStage current, CaseUpdateType type) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(current, Map.of()).get(type));
    }

    /** The update types {@code current} allows, in the contract's order. */
    public static Set<CaseUpdateType> allowedFrom(CaseStage current) {
        return Collections.unmodifiableSet(TRANSITIONS.getOrDefault(current, Map.of()).keySet());
    }

    /**
     * The stage of a case after {@code update}, for a reader of complaints.updates: the stage the update carries, or,
     * for updates written before stages existed, the stage the lifecycle gives, or the current stage when even that
     * does not apply (history is never rejected after the fact).
     */
    public static CaseStage stageAfter(CaseStage current, CaseUpdate update) {
        if (update.getStage() != null && update.getStage() != CaseStage.UNKNOWN) {
            return update.getStage();
        }
        return next(current, update.getUpdateType()).orElse(current);
    }

    private static Map<CaseStage, Map<CaseUpdateType, CaseStage>> transitions() {
        Map<CaseStage, Map<CaseUpdateType, CaseStage>> table = new EnumMap<>(CaseStage.class);
        List<CaseUpdateType> handling = List.of(ACKNOWLEDGED, RESPONDED, AWAITING_CUSTOMER, CUSTOMER_REPLIED, ESCALATED,
                REGULATOR_REFERRAL, EXTENSION_GRANTED, TIER_CHANGE_REQUESTED, NEW_LOSS_REPORTED);

        Map<CaseUpdateType, CaseStage> open = new EnumMap<>(CaseUpdateType.class);
        handling.forEach(type -> open.put(type, CaseStage.OPEN));
        open.put(APPRAISAL_STARTED, CaseStage.IN_APPRAISAL);
        open.put(RESOLVED, CaseStage.RESOLVED);
        table.put(CaseStage.OPEN, open);

        Map<CaseUpdateType, CaseStage> inAppraisal = new EnumMap<>(CaseUpdateType.class);
        handling.forEach(type -> inAppraisal.put(type, CaseStage.IN_APPRAISAL));
        inAppraisal.put(APPRAISAL_ENDED, CaseStage.OPEN);
        table.put(CaseStage.IN_APPRAISAL, inAppraisal);

        Map<CaseUpdateType, CaseStage> resolved = new EnumMap<>(CaseUpdateType.class);
        // the customer answering the decision, the final reply sent, a referral to the regulator or ombudsman
        for (CaseUpdateType type : List.of(RESPONDED, CUSTOMER_REPLIED, REGULATOR_REFERRAL)) {
            resolved.put(type, CaseStage.RESOLVED);
        }
        resolved.put(CLOSED, CaseStage.CLOSED);
        resolved.put(REOPENED, CaseStage.OPEN);
        table.put(CaseStage.RESOLVED, resolved);

        Map<CaseUpdateType, CaseStage> closed = new EnumMap<>(CaseUpdateType.class);
        closed.put(REGULATOR_REFERRAL, CaseStage.CLOSED);
        closed.put(REOPENED, CaseStage.OPEN);
        table.put(CaseStage.CLOSED, closed);
        return table;
    }
}
