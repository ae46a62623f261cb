package com.redress.sla;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** SLA service: runs each case's deadline clocks on business calendars and emits warnings and breaches. */
@SpringBootApplication
public class SlaApplication {

    public static void main(String[] args) {
        SpringApplication.run(SlaApplication.class, args);
    }
}
