package com.redress.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Notification service: tells customers and staff what happened to a case, exactly once per message. */
@SpringBootApplication
public class NotificationApplication {

    /** The {@code source} of every event the service writes. */
    public static final String SOURCE = "notification-service";

    public static void main(String[] args) {
        SpringApplication.run(NotificationApplication.class, args);
    }
}
