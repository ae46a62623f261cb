package com.redress.platform.web;

import java.util.Locale;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What an API key lets its client do, in whichever service it is configured. A channel system submits complaints and
 * reads the status of the cases it submitted; a case-handling system posts updates; an agents' or hotline desk reads
 * the status of any case, and its SLA clocks.
 */
public enum ApiScope {

    /** Submit complaints, and read the status of the cases this client submitted. */
    SUBMIT,
    /** Post updates of any registered case. */
    UPDATE,
    /** Read the status of any case: intake's case status, the SLA service's clocks and at-risk list. */
    READ;

    /** The Spring Security authority that stands for this scope. */
    public String authority() {
        return "SCOPE_" + name().toLowerCase(Locale.ROOT);
    }

    public GrantedAuthority grantedAuthority() {
        return new SimpleGrantedAuthority(authority());
    }
}
