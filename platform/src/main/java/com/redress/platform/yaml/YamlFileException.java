package com.redress.platform.yaml;

/**
 * A YAML file that cannot be used: {@code source:line:column: path: reason}, e.g.
 * {@code grading-rules.yml:15:13: tiers.amounts[0].tier: must be between 1 and 4, was 5}.
 */
public class YamlFileException extends RuntimeException {

    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String reason;

    public YamlFileException(String source, int line, int column, String path, String reason, Throwable cause) {
        super(source + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + reason, cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path;
        this.reason = reason;
    }

    /** The file (or resource description) that was read. */
    public String source() {
        return source;
    }

    /** The 1-based line at fault. */
    public int line() {
        return line;
    }

    /** The 1-based column at fault. */
    public int column() {
        return column;
    }

    /** The keys and list indexes leading to the value at fault, e.g. {@code clocks[0].target.unit}; empty for the file. */
    public String path() {
        return path;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }
}
