package com.redress.intake.updates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.redress.events.intake.CaseStage;
import com.redress.events.intake.CaseUpdate;
import com.redress.platform.lifecycle.CaseLifecycle;

/**
 * What intake knows of a case's life: its stage, and the latest updates written to it, each by event id with a digest
 * of its content, so that a retried request is recognised and a key reused for another request is refused.
 *
 * @param stage         the stage after the latest update
 * @param recentUpdates the latest updates, oldest first, at most {@link #RECENT_UPDATES}
 */
public record CaseLifecycleState(CaseStage stage, List<RecordedUpdate> recentUpdates) {

    /** How many updates of a case are remembered for recognising retries; a case rarely has more in its life. */
    static final int RECENT_UPDATES = 64;

    public CaseLifecycleState {
        recentUpdates = List.copyOf(recentUpdates);
    }

    /** The state of a case no update has touched. */
    public static CaseLifecycleState initial() {
        return new CaseLifecycleState(CaseLifecycle.initial(), List.of());
    }

    /** The state after {@code update}, whose content digest is {@code digest}. */
    public CaseLifecycleState after(CaseUpdate update, String digest) {
        List<RecordedUpdate> updates = new ArrayList<>(recentUpdates);
        updates.add(new RecordedUpdate(update.getEventId().toString(), digest));
        if (updates.size() > RECENT_UPDATES) {
            updates.subList(0, updates.size() - RECENT_UPDATES).clear();
        }
        return new CaseLifecycleState(CaseLifecycle.stageAfter(stage, update), updates);
    }

    /** The update already written with {@code eventId}, if it is among the recent ones. */
    public Optional<RecordedUpdate> recorded(String eventId) {
        return recentUpdates.stream().filter(update -> update.eventId().equals(eventId)).findFirst();
    }

    /** Whether the update with {@code eventId} is part of this state. */
    boolean includes(String eventId) {
        return recorded(eventId).isPresent();
    }

    /**
     * One update written to a case.
     *
     * @param eventId its event id
     * @param digest  a digest of its content, what the request asked for (see {@link UpdateDigest})
     */
    public record RecordedUpdate(String eventId, String digest) {
    }
}
