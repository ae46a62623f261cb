package com.redress.grading.message;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What the steps of the grading topology pass to each other through its internal repartition topics, as JSON; never
 * leaves the service.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = NewCase.class, name = "new-case"),
        @JsonSubTypes.Type(value = CaseStatusChanged.class, name = "case-status-changed"),
        @JsonSubTypes.Type(value = UpdateReceived.class, name = "update-received"),
        @JsonSubTypes.Type(value = IncidentRaise.class, name = "incident-raise"),
        @JsonSubTypes.Type(value = IncidentOpened.class, name = "incident-opened")})
public sealed interface GradingMessage
        permits NewCase, CaseStatusChanged, UpdateReceived, IncidentRaise, IncidentOpened {

    /** The case the message is about. */
    String caseId();
}
