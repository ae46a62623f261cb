package com.redress.platform.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Lists every difference between two JSON trees with the path of the field where it occurs ({@code
 * $.resolution.amountRefunded.amount}), comparing numbers by value so that {@code 3} and {@code 3L} agree.
 */
final class JsonDifferences {

    private JsonDifferences() {
    }

    /** Each difference as {@code <path>: expected <x> but was <y>}; empty when the trees are equal. */
    static List<String> between(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        return differences;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                String fieldPath = path + "." + name;
                if (!expected.has(name)) {
                    differences.add(fieldPath + ": not expected but was " + actual.get(name));
                } else if (!actual.has(name)) {
                    differences.add(fieldPath + ": expected " + expected.get(name) + " but was missing");
                } else {
                    compare(fieldPath, expected.get(name), actual.get(name), differences);
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(path + ": expected " + expected.size() + " elements " + expected + " but was "
                        + actual.size() + " elements " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (!sameValue(expected, actual)) {
            differences.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isIntegralNumber() && actual.isIntegralNumber()) {
            return expected.bigIntegerValue().equals(actual.bigIntegerValue());
        }
        if (expected.isNumber() && actual.isNumber()) {
            return Double.compare(expected.doubleValue(), actual.doubleValue()) == 0;
        }
        return expected.equals(actual);
    }
}
