package com.redress.notification.template;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the message templates live and which languages they come in.
 *
 * @param location        classpath folder holding {@code <kind>/<language>/<part>.mustache}
 * @param version         version of the template set, reported in every outcome's template id
 * @param languages       the languages templates exist for (BCP 47), the first being the default
 */
@ConfigurationProperties("redress.notification.templates")
public record TemplateProperties(@DefaultValue("templates/notification") String location,
        @DefaultValue("1") int version, @DefaultValue({"zh-CN", "en"}) List<String> languages) {

    public TemplateProperties {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException(
                    "redress.notification.templates.languages must name at least one language");
        }
    }
}
