package com.redress.notification.template;

/**
 * A text message and how many segments the network will bill it as.
 *
 * @param text     the message
 * @param encoding the alphabet it must be sent in
 * @param segments the number of segments
 */
public record RenderedSms(String text, SmsEncoding encoding, int segments) implements RenderedMessage {

    public static RenderedSms of(String text) {
        SmsEncoding encoding = SmsEncoding.of(text);
        return new RenderedSms(text, encoding, encoding.segments(text));
    }
}
