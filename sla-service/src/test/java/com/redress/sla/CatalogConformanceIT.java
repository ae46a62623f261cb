package com.redress.sla;

import org.springframework.boot.test.context.SpringBootTest;

import com.redress.testkit.WithLocalKafkaStack;
import com.redress.testkit.catalog.ConformsToTheCatalog;

/** The running SLA service reads and writes exactly what the topic catalog says of it. */
@SpringBootTest(properties = {
        "redress.sla.policy-pack=classpath:policies/compressed-seconds.yaml",
        "spring.kafka.streams.application-id=sla-service-catalog-it",
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/redress-it/sla-service-${random.uuid}",
        "server.port=0"})
@WithLocalKafkaStack
class CatalogConformanceIT implements ConformsToTheCatalog {
}
