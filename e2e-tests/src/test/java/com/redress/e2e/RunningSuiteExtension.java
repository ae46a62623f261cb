package com.redress.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the suite on first use and keeps it in the root store, which closes it after the last test; a suite that
 * failed to start is not tried again for every test class.
 */
final class RunningSuiteExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningSuite.class);
    private static volatile Exception startFailure;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (startFailure != null) {
            throw new ParameterResolutionException("The suite failed to start earlier in this run", startFailure);
        }
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(RunningSuite.class, type -> {
            try {
                return RunningSuite.start();
            } catch (Exception e) {
                startFailure = e;
                throw new ParameterResolutionException("The suite did not start; see e2e-tests/target/e2e-suite/logs", e);
            }
        }, RunningSuite.class);
    }
}
