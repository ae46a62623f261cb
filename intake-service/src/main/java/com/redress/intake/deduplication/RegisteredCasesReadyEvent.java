package com.redress.intake.deduplication;

import org.springframework.context.ApplicationEvent;

/** Published when the registered-cases view has caught up with the topic and de-duplication can be trusted. */
public class RegisteredCasesReadyEvent extends ApplicationEvent {

    public RegisteredCasesReadyEvent(Object source) {
        super(source);
    }
}
