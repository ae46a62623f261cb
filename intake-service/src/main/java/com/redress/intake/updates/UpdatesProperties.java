package com.redress.intake.updates;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the updates case-handling systems send.
 *
 * @param maxExtensionWorkingDays the most working days one EXTENSION_GRANTED may add to a case's deadline:
 *                                regulators bound extensions (mainland China's rules allow a complex case at most
 *                                a few weeks more), and a deadline years away would silence the SLA clock
 */
@ConfigurationProperties("redress.intake.updates")
public record UpdatesProperties(@DefaultValue("20") int maxExtensionWorkingDays) {

    public UpdatesProperties {
        if (maxExtensionWorkingDays < 1) {
            throw new IllegalArgumentException("redress.intake.updates.max-extension-working-days must be at least 1");
        }
    }
}
