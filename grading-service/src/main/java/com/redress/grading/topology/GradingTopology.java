package com.redress.grading.topology;

import java.util.Map;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

import com.redress.contract.Topics;
import com.redress.events.grading.ComplaintGraded;
import com.redress.grading.grade.CaseFacts;
import com.redress.grading.grade.Grader;
import com.redress.grading.message.GradingMessage;
import com.redress.grading.message.IncidentOpened;
import com.redress.grading.message.NewCase;
import com.redress.grading.message.UpdateReceived;
import com.redress.grading.metrics.GradingMetrics;
import com.redress.grading.repeat.RepeatDetectionProcessor;
import com.redress.grading.rules.RuleSet;
import com.redress.grading.surge.SurgeDetectionProcessor;
import com.redress.platform.streams.JsonStateSerdes;

/**
 * The grading topology: {@code complaints.registered} and {@code complaints.updates} in, {@code complaints.graded}
 * and {@code complaints.incidents} out.
 *
 * <p>A new case is classified, then passes repeat detection keyed by customer, surge detection keyed by category and
 * grading keyed by case, each step with its own changelogged store and an internal repartition topic between them.
 * Updates go straight to grading; closures and reopenings also reach repeat detection. The per-case stores forget a
 * case a retention period after it is closed.
 */
public final class GradingTopology {

    static final String BY_CUSTOMER = "grading-by-customer";
    static final String BY_CATEGORY = "grading-by-category";
    static final String BY_CASE = "grading-by-case";

    private GradingTopology() {
    }

    /**
     * Adds the grading topology to {@code builder} and returns the stream of grades it writes: the one method both
     * the service's topology bean and the topology tests call.
     */
    public static KStream<String, ComplaintGraded> build(StreamsBuilder builder, RuleSet rules,
            GradingMetrics metrics, GradingSerdes serdes, CaseRetention retention) {
        Grader grader = new Grader(rules);
        Serde<GradingMessage> messages = JsonStateSerdes.of(GradingMessage.class);

        // classification is stateless, so it happens as soon as the case arrives
        KStream<String, GradingMessage> registered = builder
                .stream(Topics.COMPLAINTS_REGISTERED, Consumed.with(serdes.keys(), serdes.registered())
                        .withName("read-registered"))
                .mapValues(complaint -> {
                    CaseFacts facts = AvroMapping.facts(complaint);
                    return (GradingMessage) new NewCase(facts, grader.classify(facts), null, null);
                }, Named.as("classify"));
        KStream<String, GradingMessage> updates = builder
                .stream(Topics.COMPLAINTS_UPDATES, Consumed.with(serdes.keys(), serdes.updates())
                        .withName("read-updates"))
                .mapValues(update -> (GradingMessage) new UpdateReceived(update.getCaseId(),
                        AvroMapping.update(update)), Named.as("read-update-facts"));

        Map<String, KStream<String, GradingMessage>> directed = registered
                .merge(updates, Named.as("merge-case-events"))
                .process(new CaseDirectoryProcessor(metrics, retention), Named.as("case-directory"))
                .split(Named.as("route-"))
                .branch((key, message) -> message instanceof UpdateReceived, Branched.as("updates"))
                .defaultBranch(Branched.as("customer-events"));

        Map<String, KStream<String, GradingMessage>> surged = directed.get("route-customer-events")
                .repartition(Repartitioned.with(serdes.keys(), messages).withName(BY_CUSTOMER))
                .process(new RepeatDetectionProcessor(rules.repeat(), metrics), Named.as("detect-repeats"))
                // one category's surge window must live in one task, whichever customers complain
                .selectKey((customerId, message) -> ((NewCase) message).classification().primary().name(),
                        Named.as("key-by-category"))
                .repartition(Repartitioned.with(serdes.keys(), messages).withName(BY_CATEGORY))
                .process(new SurgeDetectionProcessor(rules, metrics), Named.as("detect-surges"))
                .split(Named.as("surge-"))
                .branch((key, message) -> message instanceof IncidentOpened, Branched.as("incidents"))
                .defaultBranch(Branched.as("cases"));

        surged.get("surge-incidents")
                .mapValues(message -> AvroMapping.incident((IncidentOpened) message), Named.as("incident-event"))
                .to(Topics.COMPLAINTS_INCIDENTS, Produced.with(serdes.keys(), serdes.incidents())
                        .withName("write-incidents"));

        KStream<String, ComplaintGraded> graded = surged.get("surge-cases")
                .merge(directed.get("route-updates"), Named.as("merge-case-grading"))
                .repartition(Repartitioned.with(serdes.keys(), messages).withName(BY_CASE))
                .process(new CaseGradeProcessor(grader, metrics, retention), Named.as("grade-case"));
        graded.to(Topics.COMPLAINTS_GRADED, Produced.with(serdes.keys(), serdes.graded()).withName("write-graded"));
        return graded;
    }
}
