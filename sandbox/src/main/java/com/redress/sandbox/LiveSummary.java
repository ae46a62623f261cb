package com.redress.sandbox;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;

/** One line of what has flowed so far: records per catalog topic (dead letters summed) and e-mails delivered. */
final class LiveSummary implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Admin admin;
    private final IntSupplier mailCount;

    LiveSummary(String bootstrapServers, IntSupplier mailCount) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "redress-sandbox-summary"));
        this.mailCount = mailCount;
    }

    /** Records written to each existing catalog topic so far (the sum of its partitions' end offsets). */
    Map<String, Long> recordsPerTopic() throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        List<String> names = Topics.ALL.stream().map(TopicSpec::name).filter(existing::contains).toList();
        Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> request = descriptions.values().stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = admin.listOffsets(request).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, Long> counts = new LinkedHashMap<>();
        names.forEach(name -> counts.put(name, 0L));
        offsets.forEach((partition, info) -> counts.merge(partition.topic(), info.offset(), Long::sum));
        return counts;
    }

    String line() {
        try {
            Map<String, Long> counts = recordsPerTopic();
            long deadLetters = counts.entrySet().stream()
                    .filter(entry -> entry.getKey().endsWith(Topics.DEAD_LETTER_SUFFIX))
                    .mapToLong(Map.Entry::getValue).sum();
            String events = counts.entrySet().stream()
                    .filter(entry -> !entry.getKey().endsWith(Topics.DEAD_LETTER_SUFFIX))
                    .map(entry -> shortName(entry.getKey()) + " " + entry.getValue())
                    .collect(Collectors.joining(" · "));
            return "[" + LocalTime.now().format(CLOCK) + "] " + events + " · dead letters "
                    + deadLetters + " · e-mails " + mailCount.getAsInt();
        } catch (ExecutionException | TimeoutException e) {
            return "[" + LocalTime.now().format(CLOCK) + "] broker not answering: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * {@code complaints.registered} → {@code registered}, {@code sla.events} → {@code sla}, so the line fits a terminal;
     * a family of several topics keeps each one's own name ({@code notifications.requested} →
     * {@code notifications requested}).
     */
    static String shortName(String topic) {
        String withoutPrefix = topic.startsWith("complaints.") ? topic.substring("complaints.".length()) : topic;
        int dot = withoutPrefix.indexOf('.');
        if (dot < 0) {
            return withoutPrefix;
        }
        String family = withoutPrefix.substring(0, dot);
        long inFamily = Topics.ALL.stream().filter(spec -> !spec.isDeadLetter())
                .filter(spec -> spec.name().startsWith(family + ".")).count();
        return inFamily > 1 ? family + " " + withoutPrefix.substring(dot + 1) : family;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
