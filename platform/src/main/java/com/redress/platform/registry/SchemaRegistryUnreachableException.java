package com.redress.platform.registry;

/** No registry endpoint could be reached (connection refused, timeouts) within the configured attempts. */
public class SchemaRegistryUnreachableException extends SchemaRegistryException {

    public SchemaRegistryUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
