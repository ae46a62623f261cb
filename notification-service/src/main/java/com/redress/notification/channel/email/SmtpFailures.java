package com.redress.notification.channel.email;

import java.io.IOException;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

import com.redress.notification.channel.PermanentSendException;
import com.redress.notification.channel.SendException;
import com.redress.notification.channel.TransientSendException;

/**
 * Tells transient SMTP failures (4xx replies, no connection) from permanent ones (5xx replies, bad credentials,
 * malformed messages); the reason keeps the reply code only, because SMTP replies often echo the address.
 */
final class SmtpFailures {

    private static final int FIRST_PERMANENT_REPLY = 500;

    private SmtpFailures() {
    }

    static SendException classify(MailException failure) {
        if (failure instanceof MailAuthenticationException) {
            return new PermanentSendException("SMTP authentication failed", failure);
        }
        if (!(failure instanceof MailSendException sendFailure)) {
            return new PermanentSendException("message could not be prepared: " + failure.getClass().getSimpleName(),
                    failure);
        }
        Throwable cause = firstCause(sendFailure);
        Integer replyCode = replyCodeIn(cause);
        if (replyCode != null) {
            String reason = "SMTP " + replyCode;
            return replyCode >= FIRST_PERMANENT_REPLY
                    ? new PermanentSendException(reason, failure)
                    : new TransientSendException(reason, failure);
        }
        return new TransientSendException("SMTP server unreachable or connection lost", failure);
    }

    private static Throwable firstCause(MailSendException failure) {
        return failure.getFailedMessages().values().stream().findFirst()
                .map(Throwable.class::cast)
                .orElse(failure.getCause() == null ? failure : failure.getCause());
    }

    private static Integer replyCodeIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = nextOf(cause)) {
            if (cause instanceof SMTPSendFailedException smtp) {
                return smtp.getReturnCode();
            }
            if (cause instanceof SMTPAddressFailedException smtp) {
                return smtp.getReturnCode();
            }
            if (cause instanceof SMTPSenderFailedException smtp) {
                return smtp.getReturnCode();
            }
            if (cause instanceof IOException) {
                return null;
            }
        }
        return null;
    }

    private static Throwable nextOf(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != cause) {
            return messaging.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
