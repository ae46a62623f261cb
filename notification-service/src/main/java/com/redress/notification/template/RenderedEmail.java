package com.redress.notification.template;

/**
 * An e-mail with a plain-text and an HTML alternative.
 *
 * @param subject the subject line
 * @param text    the plain-text body
 * @param html    the HTML body, customer text escaped
 */
public record RenderedEmail(String subject, String text, String html) implements RenderedMessage {
}
