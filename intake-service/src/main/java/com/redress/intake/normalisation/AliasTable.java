package com.redress.intake.normalisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps the names channel systems use (in any script, case or width) to the symbols of an enum, from a data file of
 * lines {@code SYMBOL = alias | alias | ...}.
 *
 * <p>An input that matches no alias is tried again without its digits, so that service numbers such as
 * {@code 95588 hotline} or {@code 12378 regulator referral} resolve through their generic name.
 */
public final class AliasTable<E extends Enum<E>> {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Map<String, E> symbolsByAlias;

    private AliasTable(Map<String, E> symbolsByAlias) {
        this.symbolsByAlias = Map.copyOf(symbolsByAlias);
    }

    /** Loads the table from a UTF-8 class-path resource; fails on an unknown symbol or an alias listed twice. */
    public static <E extends Enum<E>> AliasTable<E> load(Class<E> type, String resource) {
        InputStream in = AliasTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Alias file " + resource + " is not on the class path");
        }
        Map<String, E> aliases = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                parseLine(type, resource, number, line, aliases);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read alias file " + resource, e);
        }
        return new AliasTable<>(aliases);
    }

    private static <E extends Enum<E>> void parseLine(Class<E> type, String resource, int number, String line,
            Map<String, E> aliases) {
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
            return;
        }
        int equals = content.indexOf('=');
        if (equals < 0) {
            throw new IllegalStateException(resource + ":" + number + ": expected SYMBOL = alias | alias");
        }
        E symbol = Enum.valueOf(type, content.substring(0, equals).strip());
        aliases.put(UnicodeText.aliasKey(symbol.name()), symbol);
        for (String alias : content.substring(equals + 1).split("\\|")) {
            String key = UnicodeText.aliasKey(alias);
            if (key.isEmpty()) {
                continue;
            }
            E previous = aliases.put(key, symbol);
            if (previous != null && previous != symbol) {
                throw new IllegalStateException(resource + ":" + number + ": alias '" + alias.strip()
                        + "' already maps to " + previous);
            }
        }
    }

    /** The symbol {@code name} stands for, or empty when no alias matches. */
    public Optional<E> resolve(String name) {
        String key = UnicodeText.aliasKey(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        E exact = symbolsByAlias.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        String withoutDigits = DIGITS.matcher(key).replaceAll(" ").strip().replaceAll(" +", " ");
        return Optional.ofNullable(symbolsByAlias.get(withoutDigits));
    }
}
