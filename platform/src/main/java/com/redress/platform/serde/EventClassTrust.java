package com.redress.platform.serde;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;

/**
 * Trusts the contract's generated event classes ({@value #EVENT_PACKAGE}*) with Avro's class-loading guard, before any
 * code of a service builds or reads an event.
 *
 * <p>Avro 1.12.2 refuses to load any class it is not told to trust, including generated records and enums, and needs
 * them already when a builder fills in a field's default (an array of enum symbols, say). Services get this at
 * start-up through {@code META-INF/spring.factories}; tests through the {@code org.apache.avro.SERIALIZABLE_PACKAGES}
 * system property the parent POM sets for surefire and failsafe.
 */
public final class EventClassTrust implements ApplicationListener<ApplicationStartingEvent> {

    /** The package of every generated class of the contract ({@code schemas/}). */
    public static final String EVENT_PACKAGE = "com.redress.events.";

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();
    private static final ClassSecurityPredicate EVENT_CLASSES = type -> type.getName().startsWith(EVENT_PACKAGE);

    /** Adds the event package to whatever Avro trusted before; idempotent. */
    public static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            ClassSecurityValidator.setGlobal(
                    ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), EVENT_CLASSES));
        }
    }

    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
        install();
    }
}
