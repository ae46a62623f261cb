package com.redress.notification.template;

/**
 * An app push notification.
 *
 * @param title the title line
 * @param body  the body
 */
public record RenderedPush(String title, String body) implements RenderedMessage {
}
