package com.redress.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.springframework.core.io.ClassPathResource;

import com.redress.events.common.NotificationChannel;
import com.redress.events.notification.MessageKind;

/**
 * Renders a message kind in a language for a channel from Mustache templates; the HTML part escapes every value,
 * the text parts take them as written.
 */
public class TemplateRenderer {

    private final TemplateProperties properties;
    private final TemplateLanguages languages;
    private final Mustache.Compiler htmlCompiler = Mustache.compiler().nullValue("");
    private final Mustache.Compiler textCompiler = Mustache.compiler().nullValue("").escapeHTML(false);
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    public TemplateRenderer(TemplateProperties properties) {
        this.properties = properties;
        this.languages = new TemplateLanguages(properties.languages());
    }

    /** The template language used for a customer who asked for {@code requestedLanguage}. */
    public String languageFor(String requestedLanguage) {
        return languages.resolve(requestedLanguage);
    }

    /** The id and version reported with a message of {@code kind}, e.g. {@code acknowledgement@1}. */
    public String templateId(MessageKind kind) {
        return folderOf(kind) + "@" + properties.version();
    }

    /**
     * Renders {@code kind} for {@code channel}.
     *
     * @param language a language returned by {@link #languageFor(String)}
     * @param model    the values the templates refer to
     */
    public RenderedMessage render(MessageKind kind, String language, NotificationChannel channel,
            Map<String, ?> model) {
        return switch (channel) {
            case EMAIL -> new RenderedEmail(text(kind, language, "email-subject", model).strip(),
                    text(kind, language, "email-text", model),
                    template(kind, language, "email-html", htmlCompiler).execute(model));
            case SMS -> RenderedSms.of(text(kind, language, "sms", model).strip());
            case PUSH -> new RenderedPush(text(kind, language, "push-title", model).strip(),
                    text(kind, language, "push-body", model).strip());
            default -> throw new IllegalArgumentException("No templates for channel " + channel);
        };
    }

    private String text(MessageKind kind, String language, String part, Map<String, ?> model) {
        return template(kind, language, part, textCompiler).execute(model);
    }

    private Template template(MessageKind kind, String language, String part, Mustache.Compiler compiler) {
        String path = properties.location() + "/" + folderOf(kind) + "/" + language + "/" + part + ".mustache";
        return compiled.computeIfAbsent(path, missing -> compile(path, compiler));
    }

    private static Template compile(String path, Mustache.Compiler compiler) {
        ClassPathResource resource = new ClassPathResource(path);
        try (InputStream in = resource.getInputStream();
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Missing message template " + path, e);
        }
    }

    private static String folderOf(MessageKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
