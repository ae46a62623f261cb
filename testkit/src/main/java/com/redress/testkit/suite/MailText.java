package com.redress.testkit.suite;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** What a received mail says: its subject and the decoded text of every text part (plain and HTML). */
public final class MailText {

    private MailText() {
    }

    public static String of(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + text(message);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Cannot read a received mail", e);
        }
    }

    private static String text(Part part) throws IOException, MessagingException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                text.append(text(body)).append('\n');
            }
            return text.toString();
        }
        return "";
    }
}
