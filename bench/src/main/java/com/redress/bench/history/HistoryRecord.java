package com.redress.bench.history;

import org.apache.avro.specific.SpecificRecord;

/**
 * One event of a case's history, as it goes onto its topic.
 *
 * @param topic      the contract topic
 * @param caseId     the record's key
 * @param timestamp  the record's timestamp, epoch milliseconds: when the event happened
 * @param value      the event
 */
public record HistoryRecord(String topic, String caseId, long timestamp, SpecificRecord value) {
}
