package com.redress.platform.deadletter.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest service that consumes an event topic with the platform's auto-configuration, for listener ITs. */
@SpringBootApplication
public class DeadLetterSampleApplication {
}
