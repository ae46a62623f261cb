package com.redress.notification;

import java.util.function.Consumer;

import com.redress.events.grading.ComplaintGraded;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.survey.SurveyResponse;
import com.redress.notification.cases.CaseDirectory;
import com.redress.notification.delivery.DeliveryLedger;
import com.redress.notification.survey.AnsweredSurveys;

/** Routes each replayed event to the in-memory view it rebuilds. */
class ReplayedEvents implements Consumer<Object> {

    private final CaseDirectory cases;
    private final DeliveryLedger ledger;
    private final AnsweredSurveys answered;

    ReplayedEvents(CaseDirectory cases, DeliveryLedger ledger, AnsweredSurveys answered) {
        this.cases = cases;
        this.ledger = ledger;
        this.answered = answered;
    }

    @Override
    public void accept(Object event) {
        if (event instanceof ComplaintRegistered registered) {
            cases.register(registered);
        } else if (event instanceof ComplaintGraded graded) {
            cases.grade(graded);
        } else if (event instanceof NotificationOutcome outcome) {
            ledger.record(outcome);
        } else if (event instanceof SurveyResponse response) {
            answered.markAnswered(response.getSurveyId());
        }
    }
}
