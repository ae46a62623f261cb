package com.redress.sandbox;

import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerSimulatorTest {

    @Test
    void shouldFindTheSurveyTokenInAMultipartMail() throws Exception {
        MimeMessage message = mail("您好，请评价我们的服务：http://localhost:8084/surveys/eyJjIjoiYWJjIn0.c2lnbmF0dXJl 谢谢",
                "<p><a href=\"http://localhost:8084/surveys/eyJjIjoiYWJjIn0.c2lnbmF0dXJl\">评价</a></p>");

        assertThat(CustomerSimulator.surveyToken(message)).contains("eyJjIjoiYWJjIn0.c2lnbmF0dXJl");
    }

    @Test
    void shouldFindNoTokenInAMailWithoutSurvey() throws Exception {
        MimeMessage message = mail("We have received your complaint CMP-20261124-2Y4H-6FSG-Z4W0.", "<p>received</p>");

        assertThat(CustomerSimulator.surveyToken(message)).isEmpty();
    }

    private static MimeMessage mail(String text, String html) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setContent(html, "text/html; charset=UTF-8");
        alternative.addBodyPart(textPart);
        alternative.addBodyPart(htmlPart);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }
}
