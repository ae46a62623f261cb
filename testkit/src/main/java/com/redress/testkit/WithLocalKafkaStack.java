package com.redress.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs the annotated test class against the shared real Kafka broker and schema registry of this JVM.
 *
 * <p>A test method or constructor may declare a {@link LocalKafkaStack} parameter. In a
 * {@code @SpringBootTest}, {@code spring.kafka.bootstrap-servers} and
 * {@code spring.kafka.properties.schema.registry.url} point at the stack without any port in test
 * code, in whichever order the two annotations appear; {@code @SpringBootTest(properties = ...)}
 * and {@code @DynamicPropertySource} still override them.
 *
 * <pre>{@code
 * @SpringBootTest
 * @WithLocalKafkaStack
 * class IntakeFlowIT { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RedressStackExtension.class)
@ContextCustomizerFactories(LocalKafkaStackContextCustomizerFactory.class)
public @interface WithLocalKafkaStack {
}
