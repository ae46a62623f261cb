package com.redress.notification.template;

import java.util.List;
import java.util.Locale;

/**
 * Picks the template language for a customer's language tag: the exact tag, else the same language, else the
 * default.
 */
public class TemplateLanguages {

    private final List<String> supported;

    public TemplateLanguages(List<String> supported) {
        this.supported = List.copyOf(supported);
    }

    public String resolve(String requested) {
        if (requested == null || requested.isBlank()) {
            return supported.get(0);
        }
        String primary = Locale.forLanguageTag(requested.replace('_', '-')).getLanguage();
        return supported.stream().filter(tag -> tag.equalsIgnoreCase(requested)).findFirst()
                .or(() -> supported.stream()
                        .filter(tag -> Locale.forLanguageTag(tag).getLanguage().equals(primary)).findFirst())
                .orElse(supported.get(0));
    }
}
