package com.redress.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.redress.grading.rules.RuleSet;
import com.redress.grading.rules.RuleSetLoader;

/** The rule file the service ships with, loaded as the service loads it. */
public final class ProductionRules {

    public static final String LOCATION = "grading-rules.yml";

    private ProductionRules() {
    }

    public static RuleSet load() {
        try (InputStream in = ProductionRules.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the class path");
            }
            return RuleSetLoader.load("classpath:" + LOCATION, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
