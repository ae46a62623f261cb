package com.redress.platform.registry;

/**
 * An HTTP answer of the registry that is final for this call: a success, a client error, or the last server error.
 *
 * @param endpoint the endpoint that answered
 * @param status the HTTP status
 * @param body the body as text, possibly empty
 */
record RegistryResponse(RegistryEndpoint endpoint, int status, String body) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
