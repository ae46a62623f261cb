package com.redress.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much a request may send to any service; a service may set its own through a {@link RequestLimitsCustomizer}.
 *
 * @param maxRequestSize the largest request body accepted, on every path; larger ones get 413
 */
@ConfigurationProperties("redress.web")
public record RequestLimits(@DefaultValue("64KB") DataSize maxRequestSize) {

    public RequestLimits withMaxRequestSize(DataSize size) {
        return new RequestLimits(size);
    }
}
