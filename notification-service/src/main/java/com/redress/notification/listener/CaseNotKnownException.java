package com.redress.notification.listener;

/** An event arrived for a case whose registration has not been read yet; retried, then dead-lettered. */
class CaseNotKnownException extends RuntimeException {

    CaseNotKnownException(String caseId) {
        super("Case " + caseId + " is not registered (yet)");
    }
}
