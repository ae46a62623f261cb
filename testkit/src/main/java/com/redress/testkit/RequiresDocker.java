package com.redress.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class or method only where a Docker engine answers a ping (see
 * {@link DockerAvailability}); elsewhere JUnit reports it as skipped with the reason "Docker is not
 * available on this machine (no Docker engine reachable at /var/run/docker.sock or DOCKER_HOST);
 * skipping".
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DockerAvailableCondition.class)
public @interface RequiresDocker {
}
