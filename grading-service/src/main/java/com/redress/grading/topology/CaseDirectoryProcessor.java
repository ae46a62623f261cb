package com.redress.grading.topology;

import java.util.HashSet;
import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import com.redress.events.intake.CaseUpdateType;
import com.redress.grading.message.CaseStatusChanged;
import com.redress.grading.message.GradingMessage;
import com.redress.grading.message.NewCase;
import com.redress.grading.message.UpdateReceived;
import com.redress.grading.metrics.GradingMetrics;

/**
 * First step, keyed by case: remembers each case's customer, drops redelivered registrations, and turns closures and
 * reopenings into status changes keyed by customer, since updates do not name the customer.
 *
 * <p>Forwards new cases and status changes keyed by customer id, updates keyed by case id. A case's entry is deleted a
 * retention period after the case is closed (see {@link ClosedCaseExpiry}).
 */
final class CaseDirectoryProcessor implements ProcessorSupplier<String, GradingMessage, String, GradingMessage> {

    static final String STORE = "grading-case-directory";

    private final GradingMetrics metrics;
    private final CaseRetention retention;

    CaseDirectoryProcessor(GradingMetrics metrics, CaseRetention retention) {
        this.metrics = metrics;
        this.retention = retention;
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        Set<StoreBuilder<?>> stores = new HashSet<>(ClosedCaseExpiry.stores(STORE));
        stores.add(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                Serdes.String()));
        return stores;
    }

    @Override
    public Processor<String, GradingMessage, String, GradingMessage> get() {
        return new Processor<>() {

            private ProcessorContext<String, GradingMessage> context;
            private KeyValueStore<String, String> customerByCase;
            private ClosedCaseExpiry expiry;

            @Override
            public void init(ProcessorContext<String, GradingMessage> context) {
                this.context = context;
                this.customerByCase = context.getStateStore(STORE);
                this.expiry = ClosedCaseExpiry.start(context, STORE, retention, caseId -> {
                    customerByCase.delete(caseId);
                    metrics.expired(STORE);
                });
            }

            @Override
            public void process(Record<String, GradingMessage> record) {
                if (record.value() instanceof NewCase newCase) {
                    register(record, newCase);
                } else if (record.value() instanceof UpdateReceived update) {
                    route(record, update);
                }
            }

            private void register(Record<String, GradingMessage> record, NewCase newCase) {
                String caseId = newCase.caseId();
                if (customerByCase.get(caseId) != null) {
                    metrics.duplicate("registered");
                    return;
                }
                String customerId = newCase.facts().customerId();
                customerByCase.put(caseId, customerId);
                context.forward(record.withKey(customerId));
            }

            private void route(Record<String, GradingMessage> record, UpdateReceived update) {
                CaseUpdateType type = update.update().type();
                String customerId = customerByCase.get(update.caseId());
                if (customerId != null && type == CaseUpdateType.CLOSED) {
                    expiry.expireAfter(update.caseId(), update.update().occurredAt());
                } else if (customerId != null && type == CaseUpdateType.REOPENED) {
                    expiry.cancel(update.caseId());
                }
                if (customerId != null && closes(type)) {
                    context.forward(record.withKey(customerId)
                            .withValue(new CaseStatusChanged(update.caseId(), customerId, false)));
                } else if (customerId != null && type == CaseUpdateType.REOPENED) {
                    context.forward(record.withKey(customerId)
                            .withValue(new CaseStatusChanged(update.caseId(), customerId, true)));
                }
                context.forward(record.withKey(update.caseId()));
            }
        };
    }

    private static boolean closes(CaseUpdateType type) {
        return type == CaseUpdateType.CLOSED || type == CaseUpdateType.RESOLVED;
    }
}
