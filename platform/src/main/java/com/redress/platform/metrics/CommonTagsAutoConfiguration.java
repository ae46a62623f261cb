package com.redress.platform.metrics;

import java.net.InetAddress;
import java.net.UnknownHostException;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;

/** Tags every meter with the service and instance it comes from, so dashboards can sum or split by either. */
@AutoConfiguration
@ConditionalOnClass(MeterRegistryCustomizer.class)
public class CommonTagsAutoConfiguration {

    @Bean
    MeterRegistryCustomizer<MeterRegistry> redressCommonTags(@Value("${spring.application.name:application}") String service,
            @Value("${redress.instance-id:}") String configuredInstance) {
        String instance = configuredInstance.isBlank() ? hostName() : configuredInstance;
        return registry -> registry.config()
                .commonTags(MetricNames.TAG_SERVICE, service, MetricNames.TAG_INSTANCE, instance);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
