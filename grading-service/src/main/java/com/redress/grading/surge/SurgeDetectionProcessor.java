package com.redress.grading.surge;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.events.grading.Category;
import com.redress.grading.grade.IncidentMembership;
import com.redress.grading.message.GradingMessage;
import com.redress.grading.message.IncidentOpened;
import com.redress.grading.message.IncidentRaise;
import com.redress.grading.message.NewCase;
import com.redress.grading.metrics.GradingMetrics;
import com.redress.grading.rules.RuleSet;
import com.redress.grading.rules.SurgeRule;
import com.redress.grading.surge.SurgeWindow.Arrival;
import com.redress.platform.streams.JsonStateSerdes;

/**
 * Keyed by category: counts new cases of each watched category in a sliding window of their receipt times and, when
 * the count exceeds the rule's threshold, declares an incident, raises every case in the window to it and puts later
 * cases in it until the count falls back to the threshold.
 *
 * <p>Forwards, keyed by case id: every new case (with its incident, if any), an {@link IncidentRaise} for each case
 * counted before the threshold was crossed, and one {@link IncidentOpened} per incident.
 */
public final class SurgeDetectionProcessor implements ProcessorSupplier<String, GradingMessage, String, GradingMessage> {

    public static final String STORE = "grading-category-surges";

    private static final Logger log = LoggerFactory.getLogger(SurgeDetectionProcessor.class);

    private final RuleSet rules;
    private final GradingMetrics metrics;

    public SurgeDetectionProcessor(RuleSet rules, GradingMetrics metrics) {
        this.rules = rules;
        this.metrics = metrics;
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                JsonStateSerdes.of(SurgeWindow.class)));
    }

    @Override
    public Processor<String, GradingMessage, String, GradingMessage> get() {
        return new Processor<>() {

            private ProcessorContext<String, GradingMessage> context;
            private KeyValueStore<String, SurgeWindow> windows;

            @Override
            public void init(ProcessorContext<String, GradingMessage> context) {
                this.context = context;
                this.windows = context.getStateStore(STORE);
            }

            @Override
            public void process(Record<String, GradingMessage> record) {
                if (!(record.value() instanceof NewCase newCase)) {
                    return;
                }
                Category category = newCase.classification().primary();
                Optional<SurgeRule> rule = rules.surgeRuleFor(category);
                NewCase forwarded = rule.map(surge -> count(record, newCase, surge)).orElse(newCase);
                context.forward(record.withKey(newCase.caseId()).withValue(forwarded));
            }

            private NewCase count(Record<String, GradingMessage> record, NewCase newCase, SurgeRule rule) {
                String key = rule.category().name();
                SurgeWindow window = Optional.ofNullable(windows.get(key)).orElseGet(SurgeWindow::empty);
                if (window.counted(newCase.caseId())) {
                    // redelivered: already counted, and already in the incident if there was one
                    return window.incidentId() == null ? newCase
                            : newCase.withIncident(membership(rule, window.incidentId(), window));
                }
                long windowMillis = rule.window().toMillis();
                window = window.with(new Arrival(newCase.caseId(), newCase.facts().receivedAt()), windowMillis,
                        rule.threshold() + 1);
                int count = window.count();
                if (count <= rule.threshold()) {
                    windows.put(key, window.withIncident(null));
                    return newCase;
                }
                if (window.incidentId() == null) {
                    window = open(record, newCase, rule, window);
                }
                windows.put(key, window);
                return newCase.withIncident(membership(rule, window.incidentId(), window));
            }

            private SurgeWindow open(Record<String, GradingMessage> record, NewCase tipping, SurgeRule rule,
                    SurgeWindow window) {
                String incidentId = UUID.nameUUIDFromBytes(("incident:" + rule.category() + ":" + tipping.caseId())
                        .getBytes(StandardCharsets.UTF_8)).toString();
                SurgeWindow opened = window.withIncident(incidentId);
                IncidentMembership membership = membership(rule, incidentId, opened);
                long windowEnd = opened.newest() + 1;
                context.forward(record.withKey(tipping.caseId()).withValue(new IncidentOpened(tipping.caseId(),
                        incidentId, rule.category(), windowEnd - rule.window().toMillis(), windowEnd,
                        opened.count(), rule.threshold(), opened.caseIds(), record.timestamp())));
                for (String caseId : opened.caseIds()) {
                    if (!caseId.equals(tipping.caseId())) {
                        context.forward(record.withKey(caseId).withValue(new IncidentRaise(caseId, membership)));
                    }
                }
                metrics.incident(rule.category());
                log.warn("Surge incident {} declared: {} {} complaints within {} (threshold {})", incidentId,
                        opened.count(), rule.category(), rule.window(), rule.threshold());
                return opened;
            }
        };
    }

    private static IncidentMembership membership(SurgeRule rule, String incidentId, SurgeWindow window) {
        return new IncidentMembership(incidentId, rule.id(), rule.description(),
                window.count() + " " + rule.category() + " complaints received within " + rule.window()
                        + " > threshold " + rule.threshold());
    }
}
