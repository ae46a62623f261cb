package com.redress.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/** Test helper: reads the bad-input corpus from {@code src/test/resources/bad-input}, index and files. */
final class BadInputCorpus {

    static final String ROOT = "bad-input/";
    static final String INDEX = "cases.yml";
    private static final Pattern MESSAGE_ID = Pattern.compile("\\{\\{messageId}}");
    private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat (\\d+) ([^}\\s]+)}}");

    private BadInputCorpus() {
    }

    /** Every case of the index, in its order. */
    @SuppressWarnings("unchecked")
    static List<BadInputCase> cases() {
        try (InputStream index = resource(INDEX)) {
            List<Map<String, Object>> entries = new Yaml().load(index);
            return entries.stream().map(entry -> new BadInputCase(
                    (String) entry.get("file"),
                    (String) entry.get("path"),
                    (String) entry.get("tests"),
                    (Map<String, Object>) entry.get("expect"),
                    entry.containsKey("headers") ? (Map<String, String>) entry.get("headers") : Map.of(),
                    Boolean.TRUE.equals(entry.get("repeat")),
                    (String) entry.get("key"),
                    entry.containsKey("key") && entry.get("key") == null,
                    (String) entry.get("preceded-by"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case's file as stored. */
    static byte[] raw(String file) {
        try (InputStream in = resource(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The case's file with its placeholders expanded: {@code {{messageId}}} and {@code {{repeat N x}}}. Works on the
     * bytes, so files of invalid UTF-8 keep their invalid bytes.
     */
    static byte[] expanded(String file, String messageId) {
        // ISO-8859-1 maps every byte to one char and back, so the regex never touches the bytes around a placeholder
        String bytesAsText = new String(raw(file), StandardCharsets.ISO_8859_1);
        bytesAsText = MESSAGE_ID.matcher(bytesAsText).replaceAll(Matcher.quoteReplacement(latin1(messageId)));
        Matcher repeat = REPEAT.matcher(bytesAsText);
        StringBuilder result = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(result,
                    Matcher.quoteReplacement(repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
        }
        repeat.appendTail(result);
        return result.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Every file under the corpus directory but the index, relative to it, from the test resources on disk. */
    static List<String> filesOnDisk(Path resourcesRoot) throws IOException {
        Path root = resourcesRoot.resolve(ROOT);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> !file.equals(INDEX))
                    .sorted().toList();
        }
    }

    private static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static InputStream resource(String file) {
        InputStream in = BadInputCorpus.class.getClassLoader().getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IllegalArgumentException("No corpus file " + ROOT + file);
        }
        return in;
    }
}
