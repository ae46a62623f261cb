package com.redress.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class the {@link RunningSuite}, started once for every end-to-end test in the JVM and stopped when
 * they are all done.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RunningSuiteExtension.class)
public @interface WithRunningSuite {
}
