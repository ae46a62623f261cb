package com.redress.notification.survey;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Survey scores: how often each CSAT and NPS answer was given, and rolling scores over the last responses (CSAT: share
 * of 4s and 5s in percent; NPS: promoters minus detractors in percent).
 */
public class SurveyMetrics {

    /** Counter: answers by question (csat, nps) and score, i.e. the answer distribution. */
    public static final String ANSWERS = "redress.survey.answers";
    public static final String CSAT_ROLLING = "redress.survey.csat.rolling";
    public static final String NPS_ROLLING = "redress.survey.nps.rolling";
    /** Counter: survey answers refused with 429 because their client address posted too many. */
    public static final String RATE_LIMITED = "redress.survey.rate-limited";

    private static final int SATISFIED_FROM = 4;
    private static final int PROMOTER_FROM = 9;
    private static final int DETRACTOR_UP_TO = 6;

    private final MeterRegistry registry;
    private final RollingWindow csatWindow;
    private final RollingWindow npsWindow;

    public SurveyMetrics(MeterRegistry registry, int window) {
        this.registry = registry;
        this.csatWindow = new RollingWindow(window);
        this.npsWindow = new RollingWindow(window);
        gauge(registry, CSAT_ROLLING, "Share of satisfied (4-5) answers in the recent window, percent", csatWindow,
                RollingWindow::csatScore);
        gauge(registry, NPS_ROLLING, "Net Promoter Score of the recent window, -100 to 100", npsWindow,
                RollingWindow::npsScore);
    }

    public void record(SurveyAnswer answer) {
        if (answer.csat() != null) {
            count("csat", answer.csat());
            csatWindow.add(answer.csat());
        }
        if (answer.nps() != null) {
            count("nps", answer.nps());
            npsWindow.add(answer.nps());
        }
    }

    private void count(String question, int score) {
        Counter.builder(ANSWERS).description("Survey answers by question and score")
                .tag("question", question).tag("score", Integer.toString(score))
                .register(registry).increment();
    }

    private static void gauge(MeterRegistry registry, String name, String description, RollingWindow window,
            ToDoubleFunction<RollingWindow> score) {
        Gauge.builder(name, window, score).description(description).register(registry);
    }

    /** The last answers, oldest dropped first. */
    static final class RollingWindow {

        private final int capacity;
        private final Deque<Integer> answers = new ArrayDeque<>();

        RollingWindow(int capacity) {
            this.capacity = capacity;
        }

        synchronized void add(int answer) {
            if (answers.size() == capacity) {
                answers.removeFirst();
            }
            answers.addLast(answer);
        }

        synchronized double csatScore() {
            return answers.isEmpty() ? Double.NaN
                    : 100.0 * answers.stream().filter(score -> score >= SATISFIED_FROM).count() / answers.size();
        }

        synchronized double npsScore() {
            if (answers.isEmpty()) {
                return Double.NaN;
            }
            long promoters = answers.stream().filter(score -> score >= PROMOTER_FROM).count();
            long detractors = answers.stream().filter(score -> score <= DETRACTOR_UP_TO).count();
            return 100.0 * (promoters - detractors) / answers.size();
        }
    }
}
