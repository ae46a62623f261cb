package com.redress.sla;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import com.redress.platform.catalog.CatalogConformance;
import com.redress.testkit.WithLocalKafkaStack;

/** The running SLA service reads and writes exactly what the topic catalog says of it. */
@SpringBootTest(properties = {
        "redress.sla.policy-pack=classpath:policies/compressed-seconds.yaml",
        "spring.kafka.streams.application-id=sla-service-catalog-it",
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/redress-it/sla-service-${random.uuid}",
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
