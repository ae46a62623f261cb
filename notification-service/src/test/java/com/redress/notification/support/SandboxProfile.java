package com.redress.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/** Loads the service's {@code sandbox} profile into a test context, as {@code --spring.profiles.active=sandbox} would. */
public final class SandboxProfile {

    private SandboxProfile() {
    }

    public static void load(ConfigurableApplicationContext context) {
        try {
            new YamlPropertySourceLoader().load("sandbox", new ClassPathResource("application-sandbox.yml"))
                    .forEach(context.getEnvironment().getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
