package com.redress.notification.template;

/** A message rendered for one channel. */
public sealed interface RenderedMessage permits RenderedEmail, RenderedSms, RenderedPush {
}
