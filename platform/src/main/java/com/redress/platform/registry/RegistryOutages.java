package com.redress.platform.registry;

/** Tells a failure caused by the schema registry being out of reach from one caused by the record itself. */
public final class RegistryOutages {

    private RegistryOutages() {
    }

    /** Whether {@code failure} or one of its causes is the registry out of reach: trying again later may pass. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SchemaRegistryUnreachableException) {
                return true;
            }
        }
        return false;
    }
}
