package com.redress.grading.grade;

import java.util.List;

/**
 * A complaint repeats earlier complaints of the same customer about the same category.
 *
 * @param earlierCaseIds   the earlier cases, oldest first
 * @param mergedIntoCaseId the oldest earlier case still open, which this one is handled under; {@code null} when every
 *                         earlier case is closed
 */
public record RepeatFinding(List<String> earlierCaseIds, String mergedIntoCaseId) {

    public RepeatFinding {
        earlierCaseIds = List.copyOf(earlierCaseIds);
    }
}
