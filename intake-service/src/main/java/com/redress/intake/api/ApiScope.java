package com.redress.intake.api;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What an API key lets its client do. A channel system submits complaints and reads the status of the cases it
 * submitted; a case-handling system posts updates; an agents' or hotline desk reads the status of any case.
 */
public enum ApiScope {

    /** Submit complaints, and read the status of the cases this client submitted. */
    SUBMIT,
    /** Post updates of any registered case. */
    UPDATE,
    /** Read the status of any case. */
    READ;

    /** The scope a client has when its configuration names none: a channel system's. */
    static final ApiScope DEFAULT = SUBMIT;

    /** The Spring Security authority that stands for this scope. */
    public String authority() {
        return "SCOPE_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    GrantedAuthority grantedAuthority() {
        return new SimpleGrantedAuthority(authority());
    }
}
