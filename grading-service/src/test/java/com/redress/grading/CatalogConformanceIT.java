package com.redress.grading;

import org.springframework.boot.test.context.SpringBootTest;

import com.redress.testkit.WithLocalKafkaStack;
import com.redress.testkit.catalog.ConformsToTheCatalog;

/** The running grading service reads and writes exactly what the topic catalog says of it. */
@SpringBootTest(properties = {
        "spring.kafka.streams.application-id=grading-service-catalog-it",
        "spring.kafka.streams.state-dir=${java.io.tmpdir}/redress-it/grading-service-${random.uuid}",
        "server.port=0"})
@WithLocalKafkaStack
class CatalogConformanceIT implements ConformsToTheCatalog {
}
