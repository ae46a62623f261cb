package com.redress.grading.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import com.redress.contract.Topics;
import com.redress.events.grading.ComplaintGraded;
import com.redress.events.grading.FiredRule;
import com.redress.events.grading.IncidentDetected;
import com.redress.events.grading.RepeatLink;
import com.redress.events.intake.CaseUpdate;
import com.redress.events.intake.ComplaintRegistered;
import com.redress.grading.grade.CaseFacts;
import com.redress.grading.grade.Grade;
import com.redress.grading.grade.UpdateFacts;
import com.redress.grading.message.IncidentOpened;

/**
 * Converts between the contract's Avro events and the topology's own records. Event ids are derived from what
 * triggered the event, so a replay produces the same ids.
 */
final class AvroMapping {

    private AvroMapping() {
    }

    static CaseFacts facts(ComplaintRegistered registered) {
        boolean hasAmount = registered.getAmountAtStake() != null;
        return new CaseFacts(registered.getCaseId(), registered.getCaseNumber(),
                registered.getEventId().toString(), registered.getCustomer().getPseudonymousId(),
                registered.getCustomer().getSegment(), registered.getChannel(),
                registered.getReceivedAt().toEpochMilli(),
                hasAmount ? registered.getAmountAtStake().getAmount() : null,
                hasAmount ? registered.getAmountAtStake().getCurrency() : null,
                registered.getRedactedText(), registered.getChannelCategoryCode());
    }

    static UpdateFacts update(CaseUpdate update) {
        boolean hasLoss = update.getNewLoss() != null;
        boolean hasTierChange = update.getTierChange() != null;
        return new UpdateFacts(update.getEventId().toString(), update.getUpdateType(),
                update.getOccurredAt().toEpochMilli(), update.getNote(),
                hasLoss ? update.getNewLoss().getAmount() : null,
                hasLoss ? update.getNewLoss().getCurrency() : null,
                hasTierChange ? update.getTierChange().getRequestedTier() : null,
                hasTierChange ? update.getTierChange().getReason() : null);
    }

    /**
     * @param triggerId what caused this grade (the registration's or update's event id, or the incident and case),
     *                  from which the event id is derived
     */
    static ComplaintGraded graded(CaseFacts facts, Grade grade, String ruleSetVersion, String triggerId,
            long decidedAt) {
        return ComplaintGraded.newBuilder()
                .setEventId(derivedId("graded:" + facts.caseId() + ":" + triggerId))
                .setCaseId(facts.caseId())
                .setOccurredAt(Instant.ofEpochMilli(decidedAt))
                .setSource(Topics.GRADING_SERVICE)
                .setCaseNumber(facts.caseNumber())
                .setPrimaryCategory(grade.primaryCategory())
                .setSecondaryCategories(grade.secondaryCategories())
                .setTier(grade.tier())
                .setPriority(grade.priority())
                .setPreviousTier(grade.previousTier())
                .setGradingReason(grade.reason())
                .setRepeatLink(grade.repeat() == null ? null : RepeatLink.newBuilder()
                        .setEarlierCaseIds(grade.repeat().earlierCaseIds())
                        .setMergedIntoCaseId(grade.repeat().mergedIntoCaseId())
                        .build())
                .setIncidentId(grade.incidentId())
                .setFiredRules(grade.hits().stream()
                        .map(hit -> new FiredRule(hit.ruleId(), hit.description(), hit.evidence()))
                        .toList())
                .setRuleSetVersion(ruleSetVersion)
                .build();
    }

    static IncidentDetected incident(IncidentOpened opened) {
        return IncidentDetected.newBuilder()
                .setEventId(derivedId("incident:" + opened.incidentId()))
                .setCaseId(opened.caseId())
                .setOccurredAt(Instant.ofEpochMilli(opened.detectedAt()))
                .setSource(Topics.GRADING_SERVICE)
                .setIncidentId(opened.incidentId())
                .setCategory(opened.category())
                .setWindowStart(Instant.ofEpochMilli(opened.windowStart()))
                .setWindowEnd(Instant.ofEpochMilli(opened.windowEnd()))
                .setCount(opened.count())
                .setThreshold(opened.threshold())
                .setCaseIds(opened.caseIds())
                .build();
    }

    static UUID derivedId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
