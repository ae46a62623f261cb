package com.redress.platform.web;

/** Sets a service's own request limits, e.g. from the service's own properties, on top of {@code redress.web.*}. */
@FunctionalInterface
public interface RequestLimitsCustomizer {

    RequestLimits customize(RequestLimits limits);
}
