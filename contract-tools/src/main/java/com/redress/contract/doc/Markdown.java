package com.redress.contract.doc;

import java.util.List;
import java.util.stream.Collectors;

/** Small helpers that produce GitHub-flavoured Markdown text safely. */
final class Markdown {

    private Markdown() {
    }

    /** Text as inline code. */
    static String code(String text) {
        return "`" + text + "`";
    }

    /**
     * Escapes text for a paragraph or a table cell: keeps it on one line and stops characters such as {@code |},
     * {@code <} and {@code *} from being read as table, HTML or emphasis syntax. Code spans are left as they are.
     */
    static String text(String text) {
        String[] segments = text.replaceAll("\\s*\\R\\s*", " ").split("`", -1);
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            boolean insideCode = i % 2 == 1;
            if (i > 0) {
                escaped.append('`');
            }
            escaped.append(insideCode ? segments[i] : escapeOutsideCode(segments[i]));
        }
        return escaped.toString();
    }

    /** One table row of already formatted cells. */
    static String row(List<String> cells) {
        return cells.stream().collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    /** A table header row and its delimiter row. */
    static String header(List<String> titles) {
        return row(titles) + row(titles.stream().map(title -> "---").toList());
    }

    private static String escapeOutsideCode(String text) {
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("<", "\\<")
                .replace("*", "\\*");
    }
}
