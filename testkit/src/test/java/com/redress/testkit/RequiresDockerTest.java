package com.redress.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

class RequiresDockerTest {

    private final ExtensionContext context = mock(ExtensionContext.class);

    @Test
    void shouldDisableTestWithVisibleReasonWhenNoDockerEngineAnswers() {
        // Given
        DockerAvailableCondition condition = new DockerAvailableCondition(() -> false);

        // When
        ConditionEvaluationResult result = condition.evaluateExecutionCondition(context);

        // Then
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).contains("Docker is not available on this machine"
                + " (no Docker engine reachable at /var/run/docker.sock or DOCKER_HOST); skipping");
    }

    @Test
    void shouldEnableTestWhenDockerEngineAnswers() {
        // Given
        DockerAvailableCondition condition = new DockerAvailableCondition(() -> true);

        // When
        ConditionEvaluationResult result = condition.evaluateExecutionCondition(context);

        // Then
        assertThat(result.isDisabled()).isFalse();
    }

    @Test
    void shouldRegisterTheDockerConditionThroughTheAnnotation() {
        // When
        ExtendWith extendWith = RequiresDocker.class.getAnnotation(ExtendWith.class);

        // Then
        assertThat(extendWith.value()).containsExactly(DockerAvailableCondition.class);
    }
}
