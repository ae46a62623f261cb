package com.redress.sla.definition;

import java.util.List;

/** A calendar or policy file that cannot be used, naming the file and every problem found in it. */
public class InvalidDefinitionException extends RuntimeException {

    private final String file;
    private final List<String> problems;

    public InvalidDefinitionException(String file, List<String> problems) {
        super(message(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public InvalidDefinitionException(String file, String problem, Throwable cause) {
        super(message(file, List.of(problem)), cause);
        this.file = file;
        this.problems = List.of(problem);
    }

    public String file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }

    private static String message(String file, List<String> problems) {
        return "Invalid SLA definition " + file + ":\n  - " + String.join("\n  - ", problems);
    }
}
