package com.redress.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.redress.notification.support.NotificationServiceIntegrationTest;
import com.redress.platform.catalog.CatalogConformance;

import static org.assertj.core.api.Assertions.assertThat;

/** The running notification service — planning topology and senders — reads and writes what the catalog says of it. */
@NotificationServiceIntegrationTest
class CatalogConformanceIT {

    @Autowired
    ApplicationContext context;

    @Test
    void shouldReadAndWriteWhatTheCatalogSays() {
        assertThat(CatalogConformance.of(context)).isEmpty();
    }
}
