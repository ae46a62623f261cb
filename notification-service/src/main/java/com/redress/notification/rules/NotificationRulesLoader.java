package com.redress.notification.rules;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.springframework.boot.convert.DurationStyle;

import com.redress.events.notification.MessageKind;
import com.redress.platform.yaml.StrictYaml;
import com.redress.platform.yaml.YamlDocument;
import com.redress.platform.yaml.YamlFileException;
import com.redress.platform.yaml.YamlLocations;

/**
 * Reads the notification rule file with the platform's strict YAML reader into {@link NotificationRules}; any mistake
 * (an unknown or duplicate key, an unknown trigger, message kind or staff role, a delay where none may be) fails with
 * a {@link YamlFileException} naming the file, the line and what is wrong, so a bad rule file stops start-up.
 */
public final class NotificationRulesLoader {

    private final YamlLocations locations;
    private final UnaryOperator<String> placeholders;

    private NotificationRulesLoader(YamlLocations locations, UnaryOperator<String> placeholders) {
        this.locations = locations;
        this.placeholders = placeholders;
    }

    /**
     * Reads and validates a rule file.
     *
     * @param source       how to name the file in errors
     * @param content      the file, closed when read
     * @param placeholders resolves the {@code ${…}} placeholders an {@code after} may name (Spring properties such
     *                     as {@code redress.notification.survey.delay}), failing on one it cannot resolve
     * @throws YamlFileException when the file is not valid YAML or breaks a rule of the format
     */
    public static NotificationRules load(String source, InputStream content, UnaryOperator<String> placeholders) {
        YamlDocument<NotificationRulesFile> document = StrictYaml.readDocument(source, content,
                NotificationRulesFile.class);
        return new NotificationRulesLoader(document.locations(), placeholders).rules(document.content());
    }

    private NotificationRules rules(NotificationRulesFile file) {
        List<CustomerRule> customer = each(file.customer(), "customer", this::customerRule);
        rejectASecondDelayedMessage(customer);
        return new NotificationRules(customer, each(file.staff(), "staff", this::staffRule));
    }

    /** Checked here as well as by {@link NotificationRules}, to name the line of the second one. */
    private void rejectASecondDelayedMessage(List<CustomerRule> customer) {
        Set<Trigger> delayed = new HashSet<>();
        for (int i = 0; i < customer.size(); i++) {
            CustomerRule rule = customer.get(i);
            if (rule.delayed() && !delayed.add(rule.trigger())) {
                throw locations.error("customer[" + i + "]", "a second delayed message for '" + rule.when()
                        + "'; a trigger may have one");
            }
        }
    }

    private CustomerRule customerRule(NotificationRulesFile.Customer rule, String path) {
        String when = trigger(rule.when(), path);
        MessageKind send = named(MessageKind.class, "message kind", required(rule.send(), path, "send"),
                path + ".send");
        Duration after = rule.after() == null ? null : duration(rule.after(), path + ".after");
        try {
            return new CustomerRule(when, send, after);
        } catch (IllegalArgumentException e) {
            throw locations.error(path, e.getMessage());
        }
    }

    private StaffRule staffRule(NotificationRulesFile.Staff rule, String path) {
        String when = trigger(rule.when(), path);
        MessageKind send = named(MessageKind.class, "message kind", required(rule.send(), path, "send"),
                path + ".send");
        List<StaffRole> to = roles(rule.to(), path + ".to");
        List<StaffRole> tierOneAlso = roles(rule.tierOneAlso(), path + ".tier-one-also");
        try {
            return new StaffRule(when, send, to, tierOneAlso);
        } catch (IllegalArgumentException e) {
            throw locations.error(path, e.getMessage());
        }
    }

    private String trigger(String when, String path) {
        try {
            Trigger.parse(required(when, path, "when"));
            return when;
        } catch (IllegalArgumentException e) {
            throw locations.error(path + ".when", e.getMessage());
        }
    }

    private Duration duration(String after, String path) {
        String value;
        try {
            value = placeholders.apply(after);
        } catch (IllegalArgumentException e) {
            throw locations.error(path, e.getMessage());
        }
        try {
            return DurationStyle.detectAndParse(value);
        } catch (IllegalArgumentException e) {
            throw locations.error(path, "expected a duration such as 1d, 12h or P1D, was '" + value + "'");
        }
    }

    private List<StaffRole> roles(List<String> names, String path) {
        List<StaffRole> roles = new ArrayList<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            roles.add(named(StaffRole.class, "staff role", names.get(i), path + "[" + i + "]"));
        }
        return roles;
    }

    private <E extends Enum<E>> E named(Class<E> type, String what, String name, String path) {
        try {
            return Names.parse(type, what, name);
        } catch (IllegalArgumentException e) {
            throw locations.error(path, e.getMessage());
        }
    }

    private <T> T required(T value, String path, String key) {
        if (value == null) {
            throw locations.error(path, "missing required key '" + key + "'");
        }
        return value;
    }

    /** Each item of a list made into a rule, knowing its path ({@code staff[1]}) for errors; none when left out. */
    private static <F, T> List<T> each(List<F> items, String path, BiFunction<F, String, T> rule) {
        List<T> rules = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            rules.add(rule.apply(items.get(i), path + "[" + i + "]"));
        }
        return rules;
    }
}
