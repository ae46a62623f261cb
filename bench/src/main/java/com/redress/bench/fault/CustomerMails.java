package com.redress.bench.fault;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.redress.testkit.suite.MailText;
import com.redress.testkit.suite.NewMail;

/** The mails customers received, read from the mailbox as they arrive; staff mails are left out. */
final class CustomerMails {

    private static final String STAFF_DOMAIN = "@redress-bank.example";

    private final NewMail mailbox;
    private final List<CustomerMail> read = new ArrayList<>();

    CustomerMails(Supplier<List<MimeMessage>> mailbox) {
        this.mailbox = new NewMail(mailbox);
    }

    /** Every customer mail so far. */
    synchronized List<CustomerMail> all() {
        for (MimeMessage message : mailbox.next()) {
            try {
                if (toCustomer(message)) {
                    read.add(new CustomerMail(message.getMessageID(), MailText.of(message)));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException("Cannot read a received mail", e);
            }
        }
        return List.copyOf(read);
    }

    private static boolean toCustomer(MimeMessage message) throws MessagingException {
        Address[] recipients = message.getAllRecipients();
        return recipients != null
                && Arrays.stream(recipients).noneMatch(address -> address.toString().endsWith(STAFF_DOMAIN));
    }
}
