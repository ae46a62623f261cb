package com.redress.notification.channel.email;

import java.io.IOException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import com.redress.notification.channel.PermanentSendException;
import com.redress.notification.channel.SendException;
import com.redress.notification.channel.TransientSendException;

/**
 * Tells transient SMTP failures (4xx replies, no connection) from permanent ones (5xx replies, bad credentials);
 * the reason keeps the reply code only, because SMTP replies often echo the address.
 */
final class SmtpFailures {

    private static final int FIRST_PERMANENT_REPLY = 500;

    private SmtpFailures() {
    }

    static SendException classify(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return new PermanentSendException("SMTP authentication failed", failure);
        }
        Integer replyCode = replyCodeIn(failure);
        if (replyCode != null) {
            String reason = "SMTP " + replyCode;
            return replyCode >= FIRST_PERMANENT_REPLY
                    ? new PermanentSendException(reason, failure)
                    : new TransientSendException(reason, failure);
        }
        return new TransientSendException("SMTP server unreachable or connection lost", failure);
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
