package com.redress.testkit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

/**
 * A service's integration test that its running topologies and listeners read and write exactly what the topic catalog
 * says of it ({@link CatalogConformance}); the implementing class starts the service, e.g. with
 * {@code @SpringBootTest} and {@code @WithLocalKafkaStack}.
 */
public interface ConformsToTheCatalog {

    @Test
    default void shouldReadAndWriteWhatTheCatalogSays(ApplicationContext context) {
        assertEquals(List.of(), CatalogConformance.of(context));
    }
}
