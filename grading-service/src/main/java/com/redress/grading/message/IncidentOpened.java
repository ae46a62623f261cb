package com.redress.grading.message;

import java.util.List;

import com.redress.events.grading.Category;

/**
 * A surge of one category crossed its threshold; becomes an {@code IncidentDetected} event.
 *
 * @param caseId      the case whose arrival crossed the threshold
 * @param windowStart start of the counting window, inclusive, epoch milliseconds
 * @param windowEnd   end of the counting window, exclusive, epoch milliseconds
 * @param caseIds     the cases counted, in arrival order
 * @param detectedAt  timestamp of the record whose arrival crossed the threshold, epoch milliseconds
 */
public record IncidentOpened(String caseId, String incidentId, Category category, long windowStart, long windowEnd,
        int count, int threshold, List<String> caseIds, long detectedAt) implements GradingMessage {

    public IncidentOpened {
        caseIds = List.copyOf(caseIds);
    }
}
