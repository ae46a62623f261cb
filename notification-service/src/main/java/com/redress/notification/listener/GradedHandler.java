package com.redress.notification.listener;

import com.redress.events.grading.ComplaintGraded;
import com.redress.notification.cases.CaseDirectory;

/** A grade: remember the case's tier, which decides quiet hours and who hears of escalations. */
class GradedHandler {

    private final CaseDirectory cases;

    GradedHandler(CaseDirectory cases) {
        this.cases = cases;
    }

    void handle(ComplaintGraded graded) {
        cases.grade(graded);
    }
}
