package com.redress.bench.fault;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.redress.bench.load.BenchComplaint;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.GradingReason;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;

/**
 * Everything a fault scenario is judged on, per batch: which complaints were registered and how often, which cases were
 * graded how often, which clocks started, were met or breached and how often, and which customer mails went out for
 * which case — from the topics (via the topic tap) and from the mailbox.
 */
final class FaultLedger {

    private static final Pattern CASE_NUMBER = Pattern.compile("CMP-[0-9]{8}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    private record Clock(String caseId, long deadline) {
    }

    private final Map<String, Map<String, Set<String>>> casesByMessageIdByBatch = new HashMap<>();
    private final Map<String, Integer> registrationsByMessageId = new HashMap<>();
    private final Map<String, String> batchByCaseId = new HashMap<>();
    private final Map<String, String> caseIdByCaseNumber = new HashMap<>();
    private final Map<String, Integer> initialGradesByCaseId = new HashMap<>();
    private final Map<String, Clock> startedClocks = new HashMap<>();
    private final Set<String> stoppedClocks = new HashSet<>();
    private final Map<String, Integer> breachesByClockId = new HashMap<>();

    /** For the topic tap: registrations, grades and SLA events of the driver's complaints. */
    synchronized void accept(ConsumerRecord<String, Object> record) {
        Object value = record.value();
        if (value instanceof ComplaintRegistered registered) {
            String batch = BenchComplaint.batchOf(registered.getChannelMessageId());
            if (batch != null) {
                casesByMessageIdByBatch.computeIfAbsent(batch, name -> new HashMap<>())
                        .computeIfAbsent(registered.getChannelMessageId(), id -> new HashSet<>())
                        .add(registered.getCaseId());
                registrationsByMessageId.merge(registered.getChannelMessageId(), 1, Integer::sum);
                batchByCaseId.put(registered.getCaseId(), batch);
                caseIdByCaseNumber.put(registered.getCaseNumber(), registered.getCaseId());
            }
        } else if (value instanceof ComplaintGraded graded && graded.getGradingReason() == GradingReason.INITIAL) {
            initialGradesByCaseId.merge(graded.getCaseId(), 1, Integer::sum);
        } else if (value instanceof SlaEvent event) {
            switch (event.getType()) {
                case STARTED -> startedClocks.putIfAbsent(event.getClockId(),
                        new Clock(event.getCaseId(), event.getDeadline().toEpochMilli()));
                case REPLANNED, EXTENDED -> startedClocks.computeIfPresent(event.getClockId(),
                        (id, clock) -> new Clock(clock.caseId(), event.getDeadline().toEpochMilli()));
                case MET -> stoppedClocks.add(event.getClockId());
                case BREACHED -> breachesByClockId.merge(event.getClockId(), 1, Integer::sum);
                default -> {
                    // warnings, pauses and resumptions do not change what is owed
                }
            }
        }
    }

    /** What a batch came to, judged at {@code nowMillis}; {@code mails} are the texts of every customer mail so far. */
    synchronized FaultOutcome outcome(String batch, long accepted, List<CustomerMail> mails, long nowMillis) {
        Map<String, Set<String>> casesByMessageId = casesByMessageIdByBatch.getOrDefault(batch, Map.of());
        long registered = casesByMessageId.size();
        long registeredTwice = casesByMessageId.keySet().stream()
                .filter(id -> registrationsByMessageId.getOrDefault(id, 0) > 1 || casesByMessageId.get(id).size() > 1)
                .count();
        Set<String> caseIds = new HashSet<>();
        casesByMessageId.values().forEach(caseIds::addAll);
        long graded = caseIds.stream().filter(initialGradesByCaseId::containsKey).count();
        long gradedTwice = caseIds.stream().filter(id -> initialGradesByCaseId.get(id) != null
                && initialGradesByCaseId.get(id) > 1).count();

        long breachesDue = 0;
        long breachesEmitted = 0;
        long breachesTwice = 0;
        for (Map.Entry<String, Clock> clock : startedClocks.entrySet()) {
            if (!caseIds.contains(clock.getValue().caseId())) {
                continue;
            }
            int breaches = breachesByClockId.getOrDefault(clock.getKey(), 0);
            boolean due = clock.getValue().deadline() <= nowMillis && !stoppedClocks.contains(clock.getKey());
            breachesDue += due ? 1 : 0;
            breachesEmitted += breaches > 0 ? 1 : 0;
            breachesTwice += breaches > 1 ? 1 : 0;
        }

        Map<String, Integer> mailsByCase = new HashMap<>();
        Map<String, Integer> copiesByMessageId = new HashMap<>();
        for (CustomerMail mail : mails) {
            Matcher number = CASE_NUMBER.matcher(mail.text());
            if (number.find() && caseIds.contains(caseIdByCaseNumber.get(number.group()))) {
                mailsByCase.merge(caseIdByCaseNumber.get(number.group()), 1, Integer::sum);
                copiesByMessageId.merge(mail.messageId(), 1, Integer::sum);
            }
        }
        long messagesSent = mailsByCase.size();
        long messagesTwice = mailsByCase.values().stream().filter(count -> count > 1).count();
        long sameMessageIdAgain = copiesByMessageId.values().stream().filter(count -> count > 1).count();
        return new FaultOutcome(accepted, registered, registeredTwice, graded, gradedTwice, breachesDue,
                breachesEmitted, breachesTwice, caseIds.size(), messagesSent, messagesTwice, sameMessageIdAgain);
    }

    /** The batch of a case, for mails matched by case number; {@code null} for cases of no batch. */
    synchronized String batchOf(String caseId) {
        return batchByCaseId.get(caseId);
    }
}
