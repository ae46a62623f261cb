package com.redress.grading.repeat;

import java.util.List;
import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import com.redress.events.grading.Category;
import com.redress.grading.grade.RepeatFinding;
import com.redress.grading.message.CaseStatusChanged;
import com.redress.grading.message.GradingMessage;
import com.redress.grading.message.NewCase;
import com.redress.grading.metrics.GradingMetrics;
import com.redress.grading.repeat.CustomerHistory.PastCase;
import com.redress.grading.rules.RepeatRule;
import com.redress.platform.streams.JsonStateSerdes;

/**
 * Keyed by customer: finds the customer's earlier complaints about the same primary category within the repeat
 * window, links a new case to them, and to the oldest one still open as a merged repeat; tracks closures and
 * reopenings to know which are open.
 *
 * <p>Forwards only new cases, with their repeat finding set when they repeat an earlier one. The history lives in a
 * changelogged store, so detection carries on across restarts.
 */
public final class RepeatDetectionProcessor
        implements ProcessorSupplier<String, GradingMessage, String, GradingMessage> {

    public static final String STORE = "grading-customer-history";

    private final RepeatRule rule;
    private final GradingMetrics metrics;

    public RepeatDetectionProcessor(RepeatRule rule, GradingMetrics metrics) {
        this.rule = rule;
        this.metrics = metrics;
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                JsonStateSerdes.of(CustomerHistory.class)));
    }

    @Override
    public Processor<String, GradingMessage, String, GradingMessage> get() {
        long windowMillis = rule.window().toMillis();
        return new Processor<>() {

            private ProcessorContext<String, GradingMessage> context;
            private KeyValueStore<String, CustomerHistory> histories;

            @Override
            public void init(ProcessorContext<String, GradingMessage> context) {
                this.context = context;
                this.histories = context.getStateStore(STORE);
            }

            @Override
            public void process(Record<String, GradingMessage> record) {
                String customerId = record.key();
                CustomerHistory history = histories.get(customerId);
                if (history == null) {
                    history = CustomerHistory.empty();
                }
                if (record.value() instanceof CaseStatusChanged change) {
                    histories.put(customerId, history.withStatus(change.caseId(), change.open()));
                } else if (record.value() instanceof NewCase newCase) {
                    detect(record, newCase, customerId, history);
                }
            }

            private void detect(Record<String, GradingMessage> record, NewCase newCase, String customerId,
                    CustomerHistory history) {
                Category category = newCase.classification().primary();
                long receivedAt = newCase.facts().receivedAt();
                List<PastCase> earlier = history.earlier(newCase.caseId(), category, receivedAt, windowMillis);
                boolean redelivered = history.find(newCase.caseId()).isPresent();
                if (!redelivered) {
                    histories.put(customerId,
                            history.with(new PastCase(newCase.caseId(), category, receivedAt, true), windowMillis));
                }
                RepeatFinding finding = null;
                if (!earlier.isEmpty()) {
                    String mergedInto = earlier.stream().filter(PastCase::open).map(PastCase::caseId).findFirst()
                            .orElse(null);
                    finding = new RepeatFinding(earlier.stream().map(PastCase::caseId).toList(), mergedInto);
                    if (!redelivered) {
                        metrics.repeat(category, mergedInto != null);
                    }
                }
                context.forward(record.withValue(newCase.withRepeat(finding)));
            }
        };
    }
}
