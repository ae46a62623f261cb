package com.redress.bench.fault;

/** A mail GreenMail received for a customer: its Message-ID and its subject and text. */
record CustomerMail(String messageId, String text) {
}
