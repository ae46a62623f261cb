package com.redress.contract;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.redress.contract.TopicSpec.CleanupPolicy;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.IncidentDetected;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.notification.NotificationOutcome;
import com.redress.events.notification.NotificationRequested;
import com.redress.events.sla.SlaEvent;
import com.redress.events.survey.SurveyResponse;

import org.apache.avro.Schema;

/**
 * The catalog of every Kafka topic in the Redress event contract: names as compile-time constants and one
 * immutable {@link TopicSpec} per topic.
 */
public final class Topics {

    public static final String COMPLAINTS_SUBMITTED = "complaints.submitted";
    public static final String COMPLAINTS_REGISTERED = "complaints.registered";
    public static final String COMPLAINTS_UPDATES = "complaints.updates";
    public static final String COMPLAINTS_GRADED = "complaints.graded";
    public static final String COMPLAINTS_INCIDENTS = "complaints.incidents";
    public static final String SLA_EVENTS = "sla.events";
    public static final String NOTIFICATIONS_REQUESTED = "notifications.requested";
    public static final String NOTIFICATIONS_OUTCOMES = "notifications.outcomes";
    public static final String SURVEYS_RESPONSES = "surveys.responses";

    /** Suffix of a dead-letter topic's name; see {@link #deadLetterOf(String)}. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final String COMPLAINTS_SUBMITTED_DLT = COMPLAINTS_SUBMITTED + DEAD_LETTER_SUFFIX;
    public static final String COMPLAINTS_REGISTERED_DLT = COMPLAINTS_REGISTERED + DEAD_LETTER_SUFFIX;
    public static final String COMPLAINTS_UPDATES_DLT = COMPLAINTS_UPDATES + DEAD_LETTER_SUFFIX;
    public static final String COMPLAINTS_GRADED_DLT = COMPLAINTS_GRADED + DEAD_LETTER_SUFFIX;
    public static final String SLA_EVENTS_DLT = SLA_EVENTS + DEAD_LETTER_SUFFIX;
    public static final String NOTIFICATIONS_REQUESTED_DLT = NOTIFICATIONS_REQUESTED + DEAD_LETTER_SUFFIX;
    public static final String NOTIFICATIONS_OUTCOMES_DLT = NOTIFICATIONS_OUTCOMES + DEAD_LETTER_SUFFIX;
    public static final String SURVEYS_RESPONSES_DLT = SURVEYS_RESPONSES + DEAD_LETTER_SUFFIX;

    /** Partition count of every topic, so that all events of a case land on the same partition number. */
    public static final int DEFAULT_PARTITIONS = 6;
    /** Replication factor for a single-broker development cluster; production raises it at creation time. */
    public static final short DEFAULT_REPLICATION_FACTOR = 1;

    public static final String INTAKE_SERVICE = "intake-service";
    public static final String GRADING_SERVICE = "grading-service";
    public static final String SLA_SERVICE = "sla-service";
    public static final String NOTIFICATION_SERVICE = "notification-service";
    public static final String ANALYTICS = "analytics";
    public static final String OPERATIONS = "operations";
    /** The services of the suite, by application name; every other writer or reader is outside it. */
    public static final List<String> SERVICES = List.of(INTAKE_SERVICE, GRADING_SERVICE, SLA_SERVICE,
            NOTIFICATION_SERVICE);

    private static final String CASE_ID_KEY =
            "`caseId` as a UTF-8 string (not Avro), the same key on every topic of the case";
    private static final Duration SUBMISSION_RETENTION = Duration.ofDays(14);
    private static final Duration REPORTING_RETENTION = Duration.ofDays(400);
    private static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);
    private static final Duration REQUEST_RETENTION = Duration.ofDays(14);

    private static final List<TopicSpec> EVENT_TOPICS = List.of(
            event(COMPLAINTS_SUBMITTED,
                    "Complaints exactly as channel systems received them, before intake normalises, validates, "
                            + "de-duplicates and registers them. Holds unredacted personal data, so it is kept "
                            + "14 days only: long enough to replay after an intake outage spanning a long public "
                            + "holiday such as the 7-day Golden Week, while the record of the complaint is "
                            + "complaints.registered. Analytics should read complaints.registered instead. Intake "
                            + "reads it as strictly as its REST API: a record is one Avro datum (no bytes after it) "
                            + "whose strings are well-formed UTF-8, under the key below; any other record goes to "
                            + "complaints.submitted.dlt with its reason (invalid_utf8, trailing_bytes, key_mismatch).",
                    "`<channel>:<channelMessageId>` as a UTF-8 string, e.g. `wechat:wx-20250314-8827361`: the "
                            + "submission's own channel and channel message id exactly as written, an alias not "
                            + "resolved; required. No case exists yet, and the key keeps re-sent messages on one "
                            + "partition for de-duplication",
                    ChannelSubmission.getClassSchema(), SUBMISSION_RETENTION,
                    List.of("channel systems (hotline, WeChat, app, branch CRM, regulator and third-party feeds)"),
                    List.of(INTAKE_SERVICE)),
            event(COMPLAINTS_REGISTERED,
                    "One event per case, written when intake registers a complaint; the first event of every case. "
                            + "System of record for what was complained about, by whom and through which channel: kept "
                            + "forever. Personal data in it is pseudonymised, encrypted or masked only, so destroying "
                            + "the contact encryption key erases a customer's contact details without rewriting the "
                            + "topic.",
                    CASE_ID_KEY, ComplaintRegistered.getClassSchema(), null,
                    List.of(INTAKE_SERVICE),
                    List.of(INTAKE_SERVICE, GRADING_SERVICE, SLA_SERVICE, NOTIFICATION_SERVICE, ANALYTICS)),
            event(COMPLAINTS_UPDATES,
                    "Every change to a case reported by the case-handling systems (acknowledged, responded, "
                            + "awaiting customer, resolved, closed, reopened, regulator referral, extension, tier "
                            + "change request, new loss). System of record for the case's history: kept forever.",
                    CASE_ID_KEY, CaseUpdate.getClassSchema(), null,
                    List.of(INTAKE_SERVICE),
                    List.of(INTAKE_SERVICE, GRADING_SERVICE, SLA_SERVICE, NOTIFICATION_SERVICE, ANALYTICS)),
            event(COMPLAINTS_GRADED,
                    "The grade of each case (category, tier 1-4, priority), emitted on registration and again "
                            + "whenever it changes; the latest event per case is the current grade. Kept forever: it "
                            + "explains every tier decision, with the rules that fired and the rule-set version, to "
                            + "auditors and regulators.",
                    CASE_ID_KEY, ComplaintGraded.getClassSchema(), null,
                    List.of(GRADING_SERVICE),
                    List.of(INTAKE_SERVICE, SLA_SERVICE, NOTIFICATION_SERVICE, ANALYTICS)),
            event(COMPLAINTS_INCIDENTS,
                    "Surges of complaints in one category within a time window (a possible outage or fraud wave), "
                            + "detected by grading. Keyed by the case that tipped the surge. Kept forever: evidence of "
                            + "systemic-risk detection for regulators, and only a handful of events a year.",
                    CASE_ID_KEY + "; here the case that tipped the surge",
                    IncidentDetected.getClassSchema(), null,
                    List.of(GRADING_SERVICE),
                    List.of(ANALYTICS)),
            event(SLA_EVENTS,
                    "Every change of every SLA clock of a case: started, paused, resumed, warning, breached, met, "
                            + "replanned, extended. Kept forever: proof of timeliness for regulatory reporting that "
                            + "cannot be recomputed later, because it depends on the policies and calendars then in "
                            + "force and on when the service actually ran.",
                    CASE_ID_KEY, SlaEvent.getClassSchema(), null,
                    List.of(SLA_SERVICE),
                    List.of(INTAKE_SERVICE, NOTIFICATION_SERVICE, ANALYTICS)),
            event(NOTIFICATIONS_REQUESTED,
                    "Every message notification-service's planning decided to send, one record per message, "
                            + "written when it is due (at once, after a delay such as the survey's, or again when "
                            + "quiet hours held it back); its senders send it and report on notifications.outcomes. "
                            + "Carries the customer's contact encrypted only, with its masked form. Kept 14 days: a "
                            + "request waits at most as long as a channel outage, and the history of what was sent "
                            + "is notifications.outcomes.",
                    CASE_ID_KEY, NotificationRequested.getClassSchema(), REQUEST_RETENTION,
                    List.of(NOTIFICATION_SERVICE),
                    List.of(NOTIFICATION_SERVICE, ANALYTICS)),
            event(NOTIFICATIONS_OUTCOMES,
                    "The outcome of every attempt to notify a customer or member of staff: sent, failed, retrying "
                            + "or suppressed. Carries masked recipients only. notification-service reads its own "
                            + "outcomes back: its planning learns what was sent or held back, its senders settle a "
                            + "request read again after a crash. Kept 400 days, a full annual reporting cycle plus a "
                            + "month; longer history belongs in the analytics warehouse.",
                    CASE_ID_KEY, NotificationOutcome.getClassSchema(), REPORTING_RETENTION,
                    List.of(NOTIFICATION_SERVICE),
                    List.of(INTAKE_SERVICE, NOTIFICATION_SERVICE, ANALYTICS)),
            event(SURVEYS_RESPONSES,
                    "Customers' satisfaction (CSAT 1-5) and Net Promoter (NPS 0-10) answers after resolution, taken by "
                            + "notification-service's survey endpoint. Kept "
                            + "400 days for year-on-year satisfaction reporting; longer history belongs in the "
                            + "analytics warehouse.",
                    CASE_ID_KEY, SurveyResponse.getClassSchema(), REPORTING_RETENTION,
                    List.of(NOTIFICATION_SERVICE),
                    List.of(NOTIFICATION_SERVICE, ANALYTICS)));

    /** Every topic of the contract: the event topics, then a dead-letter topic for each one our services consume. */
    public static final List<TopicSpec> ALL = Stream.concat(
                    EVENT_TOPICS.stream(),
                    EVENT_TOPICS.stream().filter(Topics::consumedByOurServices).map(Topics::deadLetterTopicFor))
            .toList();

    private Topics() {
    }

    /** The name of the dead-letter topic for {@code topic}: {@code <topic>.dlt}. */
    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** The topic a dead-letter topic collects for ({@code complaints.submitted.dlt} → {@code complaints.submitted}); other names unchanged. */
    public static String sourceOfDeadLetter(String topic) {
        return topic.endsWith(DEAD_LETTER_SUFFIX)
                ? topic.substring(0, topic.length() - DEAD_LETTER_SUFFIX.length())
                : topic;
    }

    /**
     * The topics the service {@code application} (its {@code spring.application.name}) writes: its event topics and the
     * dead-letter topics of the topics it reads.
     */
    public static List<TopicSpec> writtenBy(String application) {
        return ALL.stream().filter(topic -> topic.producedBy().contains(application)).toList();
    }

    /** The event topics the service {@code application} (its {@code spring.application.name}) reads. */
    public static List<TopicSpec> readBy(String application) {
        return ALL.stream().filter(topic -> topic.consumedBy().contains(application)).toList();
    }

    /**
     * The topics whose value schema the service {@code application} registers: those it writes, and those it reads
     * that only systems outside the suite write — the doors it keeps, whose writers look the schema up rather than
     * evolve it.
     */
    public static List<TopicSpec> schemasRegisteredBy(String application) {
        return ALL.stream()
                .filter(topic -> !topic.isDeadLetter())
                .filter(topic -> topic.producedBy().contains(application)
                        || topic.consumedBy().contains(application) && writtenFromOutside(topic))
                .toList();
    }

    private static boolean writtenFromOutside(TopicSpec topic) {
        return topic.producedBy().stream().noneMatch(SERVICES::contains);
    }

    /** The topic called {@code name}, if the contract has one. */
    public static Optional<TopicSpec> find(String name) {
        return ALL.stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    private static TopicSpec event(String name, String purpose, String key, Schema valueSchema, Duration retention,
            List<String> producedBy, List<String> consumedBy) {
        return new TopicSpec(name, purpose, key, valueSchema, DEFAULT_PARTITIONS, DEFAULT_REPLICATION_FACTOR,
                retention, CleanupPolicy.DELETE, producedBy, consumedBy);
    }

    private static boolean consumedByOurServices(TopicSpec topic) {
        return !ourConsumers(topic).isEmpty();
    }

    private static List<String> ourConsumers(TopicSpec topic) {
        return topic.consumedBy().stream().filter(consumer -> !consumer.equals(ANALYTICS)).toList();
    }

    private static TopicSpec deadLetterTopicFor(TopicSpec source) {
        String purpose = "Dead letters of " + source.name() + ": records a consumer could not deserialise or process, "
                + "with the original key and value bytes unchanged, for operations to inspect and replay. Headers "
                + "name the failure and the origin: kafka_dlt-exception-fqcn, kafka_dlt-exception-message, "
                + "kafka_dlt-exception-stacktrace, kafka_dlt-original-topic, kafka_dlt-original-partition, "
                + "kafka_dlt-original-offset, kafka_dlt-original-timestamp and kafka_dlt-original-consumer-group "
                + "(spring-kafka's dead-letter header names, used by every service), and, where the consumer names "
                + "them, redress_rejection-reasons: the reason codes, comma-separated. The original record's own "
                + "headers follow it, except those in the kafka_dlt- and redress_ namespaces (in any case), which "
                + "only the dead-lettering service writes, so none of these headers can be forged. A dead letter "
                + "never exceeds what the broker takes: one that would is cut, its value to its first bytes "
                + "(redress_value-truncated: the original length), then without the original's own headers "
                + "(redress_headers-dropped: how many), then its key (redress_key-truncated). A dead letter is "
                + "partitioned by its original key, like its source, so a case's dead letters stay in order. Kept 30 days: "
                + "long enough to diagnose and replay, bounded because the raw bytes may hold personal data.";
        return new TopicSpec(deadLetterOf(source.name()), purpose,
                "the original record's key bytes, unchanged", null,
                source.partitions(), source.replicationFactor(), DEAD_LETTER_RETENTION, CleanupPolicy.DELETE,
                ourConsumers(source),
                List.of(OPERATIONS));
    }
}
