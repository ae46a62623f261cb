package com.redress.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import com.redress.platform.catalog.CatalogConformance;
import com.redress.testkit.WithLocalKafkaStack;

/** The running grading service reads and writes exactly what the topic catalog says of it. */
@SpringBootTest(properties = {
        "spring.kafka.streams.application-id=grading-service-catalog-it",
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/redress-it/grading-service-${random.uuid}",
        "server.port=0"})
@WithLocalKafkaStack
class CatalogConformanceIT {

    @Autowired
    ApplicationContext context;

    @Test
    void shouldReadAndWriteWhatTheCatalogSays() {
        assertThat(CatalogConformance.of(context)).isEmpty();
    }
}
