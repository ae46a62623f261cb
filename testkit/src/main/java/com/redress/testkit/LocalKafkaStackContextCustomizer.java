package com.redress.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Adds the shared stack's Spring properties to a test's environment, above application
 * configuration and system properties but below properties the test declares inline.
 */
final class LocalKafkaStackContextCustomizer implements ContextCustomizer {

    static final String PROPERTY_SOURCE_NAME = "redressLocalKafkaStack";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        Map<String, Object> values = new LinkedHashMap<>(LocalKafkaStack.shared().springProperties());
        MapPropertySource stackProperties = new MapPropertySource(PROPERTY_SOURCE_NAME, values);
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
        if (sources.contains(inlined)) {
            sources.addAfter(inlined, stackProperties);
        } else {
            sources.addFirst(stackProperties);
        }
    }

    // Every instance contributes the same JVM-wide stack, so Spring may reuse one cached context for all of them.
    @Override
    public boolean equals(Object other) {
        return other instanceof LocalKafkaStackContextCustomizer;
    }

    @Override
    public int hashCode() {
        return LocalKafkaStackContextCustomizer.class.hashCode();
    }
}
