package com.redress.notification.channel.email;

import java.util.Map;

import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

import com.redress.notification.channel.PermanentSendException;
import com.redress.notification.channel.SendException;
import com.redress.notification.channel.TransientSendException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which SMTP failures are worth retrying, and what their reasons may say. */
class SmtpFailuresTest {

    @Test
    void shouldRetryATemporarySmtpRejection() {
        SendException failure = SmtpFailures.classify(sendFailure(new SMTPSendFailedException("DATA", 451,
                "451 4.7.1 Try again later", null, null, null, null)));

        assertThat(failure).isInstanceOf(TransientSendException.class);
        assertThat(failure.reason()).isEqualTo("SMTP 451");
    }

    @Test
    void shouldNotRetryAPermanentSmtpRejectionNorRepeatTheAddress() throws Exception {
        SMTPAddressFailedException rejected = new SMTPAddressFailedException(new InternetAddress("li.wei@example.com"),
                "RCPT TO", 550, "550 5.1.1 <li.wei@example.com> unknown user");

        SendException failure = SmtpFailures.classify(sendFailure(rejected));

        assertThat(failure).isInstanceOf(PermanentSendException.class);
        assertThat(failure.reason()).isEqualTo("SMTP 550").doesNotContain("li.wei");
    }

    @Test
    void shouldNotRetryRejectedCredentials() {
        assertThat(SmtpFailures.classify(new MailAuthenticationException("535 bad credentials")))
                .isInstanceOf(PermanentSendException.class);
    }

    private static MailSendException sendFailure(Exception cause) {
        return new MailSendException(Map.of(new Object(), cause));
    }
}
