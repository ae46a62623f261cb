package com.redress.grading.rules;

/** A rule file that cannot be used, naming the file, the line at fault (1-based) and the reason. */
public class RuleFileException extends RuntimeException {

    private final String source;
    private final int line;
    private final String reason;

    public RuleFileException(String source, int line, String reason) {
        this(source, line, reason, null);
    }

    public RuleFileException(String source, int line, String reason, Throwable cause) {
        super(source + ":" + line + ": " + reason, cause);
        this.source = source;
        this.line = line;
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

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }
}
