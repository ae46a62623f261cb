package com.redress.grading.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import com.redress.grading.rules.RuleFileException;

/** Turns a bad rule file at start-up into a report naming the file, the line and what to fix. */
class RuleFileFailureAnalyzer extends AbstractFailureAnalyzer<RuleFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleFileException cause) {
        return new FailureAnalysis(
                "The grading rule file " + cause.source() + " is invalid at line " + cause.line() + ": "
                        + cause.reason(),
                "Correct line " + cause.line() + " of " + cause.source() + " (format in docs/grading-service.md), "
                        + "or point redress.grading.rules-location at a valid rule file.",
                cause);
    }
}
