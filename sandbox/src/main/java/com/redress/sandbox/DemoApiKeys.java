package com.redress.sandbox;

import java.util.List;

/**
 * The sandbox's public demonstration API keys, one per kind of client, with the scopes the services' sandbox profiles
 * grant them: intake's for all three, sla-service's for the desk's. Worthless outside the sandbox: every deployment
 * configures its own keys' hashes.
 */
enum DemoApiKeys {

    /** A channel system: submits complaints and reads the status of the cases it submitted. */
    CHANNEL("channel-simulator", "sandbox-channel-simulator-key", List.of("submit")),
    /** A case-handling system: posts updates of any case. */
    CASE_HANDLER("case-handler-simulator", "sandbox-case-handler-key", List.of("update")),
    /** A complaints desk (agents, hotline): reads the status of any case in intake, and its clocks in sla-service. */
    COMPLAINTS_DESK("complaints-desk", "sandbox-complaints-desk-key", List.of("read"));

    private final String client;
    private final String key;
    private final List<String> scopes;

    DemoApiKeys(String client, String key, List<String> scopes) {
        this.client = client;
        this.key = key;
        this.scopes = scopes;
    }

    String client() {
        return client;
    }

    String key() {
        return key;
    }

    List<String> scopes() {
        return scopes;
    }
}
