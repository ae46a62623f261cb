package com.redress.notification;

import com.redress.notification.support.NotificationServiceIntegrationTest;
import com.redress.testkit.catalog.ConformsToTheCatalog;

/** The running notification service — planning topology and senders — reads and writes what the catalog says of it. */
@NotificationServiceIntegrationTest
class CatalogConformanceIT implements ConformsToTheCatalog {
}
