package com.redress.intake;

import org.springframework.boot.test.context.SpringBootTest;

import com.redress.testkit.WithLocalKafkaStack;
import com.redress.testkit.catalog.ConformsToTheCatalog;

/**
 * The running intake service — its Kafka door, its registered-cases and lifecycle views and its case view — reads and
 * writes exactly what the topic catalog says of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        IntakeIT.ACTIVE_KEY_PROPERTY, IntakeIT.CONTACT_KEY_PROPERTY, IntakeIT.PSEUDONYM_KEY_PROPERTY,
        IntakeIT.CASE_ID_KEY_PROPERTY, IntakeIT.ACTIVE_CASE_ID_KEY_PROPERTY, IntakeIT.STATE_DIR_PROPERTY,
        "spring.kafka.streams.application-id=intake-service-catalog-it"})
@WithLocalKafkaStack
class CatalogConformanceIT implements ConformsToTheCatalog {
}
