package com.redress.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.redress.contract.Topics;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.testkit.suite.MailText;
import com.redress.testkit.suite.ServiceDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 6's promise under a real crash: notification-service killed with SIGKILL in the middle of demo traffic and
 * started again sends no customer message twice and loses none. A send the kill cut off is settled against the mail
 * server's journal mailbox, which holds a copy of every message the server accepted.
 */
class NotificationCrashIT {

    private static final String STAFF_DOMAIN = "@redress-bank.example";
    private static final Pattern CASE_NUMBER = Pattern.compile("CMP-[0-9]{8}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    @Test
    void shouldSendNoMessageTwiceAndLoseNoneWhenKilledMidStream() throws Exception {
        Sandbox sandbox = Sandbox.start(new SandboxOptions(SandboxOptions.findRepositoryRoot(Path.of("")), false,
                Duration.ofMillis(250)));
        try {
            // Given demo traffic with e-mails going out
            await().atMost(Duration.ofSeconds(60)).until(() -> customerMails(sandbox).size() >= 10);

            // When the notification service is killed mid-stream and started again
            int beforeCrash = customerMails(sandbox).size();
            sandbox.crashAndRestart(ServiceDefinition.NOTIFICATION);
            await().atMost(Duration.ofSeconds(90)).until(() -> customerMails(sandbox).size() >= beforeCrash + 10);
            sandbox.simulator().close();

            // Then every registered case with an e-mail address has had its customer mail
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                Set<String> missing = new HashSet<>(registeredCasesWithEmail(sandbox).keySet());
                missing.removeAll(caseNumbersMailed(customerMails(sandbox)));
                List<String> missingIds = missing.stream().map(registeredCasesWithEmail(sandbox)::get).toList();
                assertThat(missing).as(() -> "cases never mailed " + missingIds + "; their notification outcomes: "
                        + outcomesOf(sandbox, missingIds, Topics.NOTIFICATIONS_OUTCOMES) + "; their dead letters: "
                        + outcomesOf(sandbox, missingIds, Topics.deadLetterOf(Topics.COMPLAINTS_REGISTERED)))
                        .isEmpty();
            });
            // And no message went out twice, not even one in flight at the kill
            Map<String, Long> copies = customerMails(sandbox).stream()
                    .collect(Collectors.groupingBy(NotificationCrashIT::messageId, Collectors.counting()));
            assertThat(copies.entrySet().stream().filter(copy -> copy.getValue() > 1).toList())
                    .as("Message-IDs delivered more than once").isEmpty();
        } finally {
            sandbox.close();
        }
    }

    private static List<MimeMessage> customerMails(Sandbox sandbox) {
        return sandbox.mail().messages().stream().filter(NotificationCrashIT::isToACustomer).toList();
    }

    private static boolean isToACustomer(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients).noneMatch(address -> address.toString().endsWith(STAFF_DOMAIN));
        } catch (Exception e) {
            return false;
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> caseNumbersMailed(List<MimeMessage> mails) throws Exception {
        Set<String> numbers = new HashSet<>();
        for (MimeMessage mail : mails) {
            Matcher matcher = CASE_NUMBER.matcher(MailText.of(mail));
            while (matcher.find()) {
                numbers.add(matcher.group());
            }
        }
        return numbers;
    }

    /** Case number → case id of every registration whose customer gave an e-mail address, read from the topic. */
    private static Map<String, String> registeredCasesWithEmail(Sandbox sandbox) {
        Map<String, String> cases = new HashMap<>();
        for (ConsumerRecord<String, Object> record : readAll(sandbox, Topics.COMPLAINTS_REGISTERED)) {
            ComplaintRegistered registered = (ComplaintRegistered) record.value();
            if (registered.getCustomer().getMaskedContact().getEmail() != null) {
                cases.put(registered.getCaseNumber(), registered.getCaseId());
            }
        }
        return cases;
    }

    /** For a failure message: every record of a topic that names one of these cases. */
    private static List<String> outcomesOf(Sandbox sandbox, List<String> caseIds, String topic) {
        return readAll(sandbox, topic).stream()
                .filter(record -> caseIds.stream().anyMatch(caseId -> String.valueOf(record.key()).contains(caseId)
                        || String.valueOf(record.value()).contains(caseId)))
                .map(record -> record.key() + "=" + record.value()).toList();
    }

    private static List<ConsumerRecord<String, Object>> readAll(Sandbox sandbox, String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, sandbox.stack().bootstrapServers());
        config.put("schema.registry.url", sandbox.stack().schemaRegistryUrl());
        config.put("specific.avro.reader", true);
        AvroDeserializer<Object> values = new AvroDeserializer<>();
        values.configure(config, false);
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, Object>> records = new java.util.ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
            }
            return records;
        }
    }
}
