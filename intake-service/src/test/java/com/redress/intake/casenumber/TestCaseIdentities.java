package com.redress.intake.casenumber;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Case-id derivation under a fixed test key, for tests that register cases without Spring. */
public final class TestCaseIdentities {

    public static final String KEY_ID = "case-ids-test";
    public static final String KEY = Base64.getEncoder()
            .encodeToString("case-id-key-for-tests-0123456789".getBytes(StandardCharsets.UTF_8));

    private TestCaseIdentities() {
    }

    public static CaseIdentities create() {
        return new CaseIdentities(new CaseIdProperties(Map.of(KEY_ID, KEY), KEY_ID));
    }
}
