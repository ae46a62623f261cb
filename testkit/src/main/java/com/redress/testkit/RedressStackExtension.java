package com.redress.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension that makes sure the {@linkplain LocalKafkaStack#shared() shared local Kafka stack}
 * runs before a test class, publishes its addresses as system properties, and injects it into
 * test constructors and methods that declare a {@link LocalKafkaStack} parameter.
 *
 * <p>Use it through {@link WithLocalKafkaStack}. The system properties
 * ({@value LocalKafkaStack#SPRING_BOOTSTRAP_SERVERS}, {@value LocalKafkaStack#SPRING_SCHEMA_REGISTRY_URL})
 * only reach a Spring context that is created after this callback ran, which depends on extension
 * order and on the test instance lifecycle ({@code PER_CLASS} creates the instance, and with it the
 * Spring context, before any {@code beforeAll}). A {@code @SpringBootTest} therefore does not rely on
 * them: {@link WithLocalKafkaStack} also registers a Spring context customizer that adds the same
 * properties to the test's environment whatever the annotation order.
 */
public final class RedressStackExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        LocalKafkaStack.shared().springProperties().forEach(System::setProperty);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == LocalKafkaStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return LocalKafkaStack.shared();
    }
}
