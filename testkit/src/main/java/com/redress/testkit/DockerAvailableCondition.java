package com.redress.testkit;

import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Disables {@link RequiresDocker} tests, with a visible reason, where no Docker engine answers. */
final class DockerAvailableCondition implements ExecutionCondition {

    static final String DISABLED_REASON = "Docker is not available on this machine"
            + " (no Docker engine reachable at /var/run/docker.sock or DOCKER_HOST); skipping";
    static final String ENABLED_REASON = "A Docker engine answers on this machine";

    private final BooleanSupplier engineReachable;

    DockerAvailableCondition() {
        this(DockerAvailability::isEngineReachable);
    }

    DockerAvailableCondition(BooleanSupplier engineReachable) {
        this.engineReachable = engineReachable;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return engineReachable.getAsBoolean()
                ? ConditionEvaluationResult.enabled(ENABLED_REASON)
                : ConditionEvaluationResult.disabled(DISABLED_REASON);
    }
}
