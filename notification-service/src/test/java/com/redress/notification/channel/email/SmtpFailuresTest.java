package com.redress.notification.channel.email;

import java.net.SocketException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import com.redress.notification.channel.PermanentSendException;
import com.redress.notification.channel.SendException;
import com.redress.notification.channel.TransientSendException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which SMTP failures are worth retrying, and what their reasons may say. */
class SmtpFailuresTest {

    @Test
    void shouldRetryATemporarySmtpRejection() {
        SendException failure = SmtpFailures.classify(new SMTPSendFailedException("DATA", 451,
                "451 4.7.1 Try again later", null, null, null, null));

        assertThat(failure).isInstanceOf(TransientSendException.class);
        assertThat(failure.reason()).isEqualTo("SMTP 451");
    }

    @Test
    void shouldNotRetryAPermanentSmtpRejectionNorRepeatTheAddress() throws Exception {
        SMTPAddressFailedException rejected = new SMTPAddressFailedException(new InternetAddress("li.wei@example.com"),
                "RCPT TO", 550, "550 5.1.1 <li.wei@example.com> unknown user");

        // Angus reports a refused recipient as the next exception of a SendFailedException
        SendException failure = SmtpFailures.classify(new SendFailedException("Invalid Addresses", rejected));

        assertThat(failure).isInstanceOf(PermanentSendException.class);
        assertThat(failure.reason()).isEqualTo("SMTP 550").doesNotContain("li.wei");
    }

    @Test
    void shouldNotRetryRejectedCredentials() {
        assertThat(SmtpFailures.classify(new AuthenticationFailedException("535 bad credentials")))
                .isInstanceOf(PermanentSendException.class);
    }

    @Test
    void shouldRetryALostConnection() {
        SendException failure = SmtpFailures.classify(new MessagingException("Exception reading response",
                new SocketException("Connection reset")));

        assertThat(failure).isInstanceOf(TransientSendException.class);
        assertThat(failure.reason()).isEqualTo("SMTP server unreachable or connection lost");
    }
}
