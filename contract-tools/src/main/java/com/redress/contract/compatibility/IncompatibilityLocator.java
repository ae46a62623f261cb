package com.redress.contract.compatibility;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

import static java.util.stream.Collectors.joining;

/**
 * Turns Avro's incompatibility locations into an absolute location and a dotted field path within the reader schema.
 *
 * <p>Avro reports some locations relative to an inner schema pair rather than the top-level record: it memoises the
 * comparison of a named type and reuses it, location included, wherever the type appears again. The locator
 * therefore tries the location against every node of the reader schema, top level first, and keeps the first
 * whose resolved node is the fragment Avro reported.
 */
final class IncompatibilityLocator {

    /** Where an incompatibility sits: the absolute location and the field path, empty when it is the whole schema. */
    record Located(String location, Optional<String> fieldPath) {
    }

    private record Anchor(Schema schema, String location, String fieldPath) {
    }

    private record Resolution(Schema node, Schema enclosingRecord, String fieldPath) {
    }

    private final List<Anchor> anchors = new ArrayList<>();

    private final String rootLocation;
    private final String rootFieldPath;

    /**
     * @param reader        the reader schema Avro compared, to which its locations are relative
     * @param rootLocation  the location of {@code reader} within the top-level schema, {@code ""} for the top level
     * @param rootFieldPath the field path of {@code reader} within the top-level schema, {@code ""} for the top level
     */
    IncompatibilityLocator(Schema reader, String rootLocation, String rootFieldPath) {
        this.rootLocation = rootLocation;
        this.rootFieldPath = rootFieldPath;
        collectAnchors(reader, rootLocation, rootFieldPath, new ArrayDeque<>());
    }

    Located locate(Incompatibility incompatibility) {
        List<String> tokens = tokens(incompatibility.getLocation());
        boolean endsAtField = tokens.size() >= 2 && tokens.get(tokens.size() - 2).equals("fields");
        for (Anchor anchor : anchors) {
            Optional<Resolution> match = resolve(anchor.schema(), tokens, 0, anchor.fieldPath(), null)
                    .stream()
                    .filter(resolution -> isReportedFragment(resolution, endsAtField, incompatibility))
                    .findFirst();
            if (match.isPresent()) {
                String path = match.get().fieldPath();
                return new Located(absoluteLocation(anchor.location(), tokens),
                        path.isEmpty() ? Optional.empty() : Optional.of(path));
            }
        }
        return new Located(absoluteLocation(rootLocation, tokens),
                rootFieldPath.isEmpty() ? Optional.empty() : Optional.of(rootFieldPath));
    }

    private static boolean isReportedFragment(Resolution resolution, boolean endsAtField,
            Incompatibility incompatibility) {
        Schema fragment = incompatibility.getReaderFragment();
        if (!endsAtField) {
            return fragment.equals(resolution.node());
        }
        boolean namesTheField =
                incompatibility.getType() != SchemaIncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE
                        || lastSegment(resolution.fieldPath()).equals(incompatibility.getMessage());
        return namesTheField && fragment.equals(resolution.enclosingRecord());
    }

    /** All nodes a location can resolve to from {@code node}; several when a union index is ambiguous. */
    private static List<Resolution> resolve(Schema node, List<String> tokens, int position, String fieldPath,
            Schema enclosingRecord) {
        if (position == tokens.size()) {
            return List.of(new Resolution(node, enclosingRecord, fieldPath));
        }
        String token = tokens.get(position);
        List<Resolution> results = new ArrayList<>();
        switch (token) {
            case "fields" -> {
                Optional<Field> field = fieldAt(node, tokens, position + 1);
                if (field.isPresent()) {
                    String path = join(fieldPath, field.get().name());
                    if (position + 2 == tokens.size()) {
                        results.add(new Resolution(null, node, path));
                    } else if (tokens.get(position + 2).equals("type")) {
                        results.addAll(resolve(field.get().schema(), tokens, position + 3, path, node));
                    }
                }
            }
            case "items" -> {
                if (node.getType() == Schema.Type.ARRAY) {
                    results.addAll(resolve(node.getElementType(), tokens, position + 1, fieldPath + "[]",
                            enclosingRecord));
                }
            }
            case "values" -> {
                if (node.getType() == Schema.Type.MAP) {
                    results.addAll(resolve(node.getValueType(), tokens, position + 1, fieldPath + "{}",
                            enclosingRecord));
                }
            }
            case "symbols", "name", "size" -> {
                if (position + 1 == tokens.size()) {
                    results.add(new Resolution(node, enclosingRecord, fieldPath));
                }
            }
            default -> {
                if (node.getType() == Schema.Type.UNION && isIndex(token)) {
                    int branch = Integer.parseInt(token);
                    // The index may name a reader branch Avro descended into, or a writer branch it could not match.
                    if (branch < node.getTypes().size()) {
                        results.addAll(resolve(node.getTypes().get(branch), tokens, position + 1, fieldPath,
                                enclosingRecord));
                    }
                    if (position + 1 == tokens.size()) {
                        results.add(new Resolution(node, enclosingRecord, fieldPath));
                    }
                }
            }
        }
        return results;
    }

    private static Optional<Field> fieldAt(Schema node, List<String> tokens, int indexPosition) {
        if (node.getType() != Schema.Type.RECORD || indexPosition >= tokens.size()
                || !isIndex(tokens.get(indexPosition))) {
            return Optional.empty();
        }
        int index = Integer.parseInt(tokens.get(indexPosition));
        List<Field> fields = node.getFields();
        return index < fields.size() ? Optional.of(fields.get(index)) : Optional.empty();
    }

    private void collectAnchors(Schema node, String location, String fieldPath, Deque<String> namedTypesOnPath) {
        anchors.add(new Anchor(node, location, fieldPath));
        switch (node.getType()) {
            case RECORD -> {
                if (namedTypesOnPath.contains(node.getFullName())) {
                    return;
                }
                namedTypesOnPath.push(node.getFullName());
                List<Field> fields = node.getFields();
                for (int i = 0; i < fields.size(); i++) {
                    Field field = fields.get(i);
                    collectAnchors(field.schema(), location + "/fields/" + i + "/type", join(fieldPath, field.name()),
                            namedTypesOnPath);
                }
                namedTypesOnPath.pop();
            }
            case UNION -> {
                List<Schema> branches = node.getTypes();
                for (int i = 0; i < branches.size(); i++) {
                    collectAnchors(branches.get(i), location + "/" + i, fieldPath, namedTypesOnPath);
                }
            }
            case ARRAY -> collectAnchors(node.getElementType(), location + "/items", fieldPath + "[]",
                    namedTypesOnPath);
            case MAP -> collectAnchors(node.getValueType(), location + "/values", fieldPath + "{}", namedTypesOnPath);
            default -> {
                // Primitives, enums and fixed types have no children.
            }
        }
    }

    private static List<String> tokens(String location) {
        return Arrays.stream(location.split("/")).filter(token -> !token.isEmpty()).toList();
    }

    private static String absoluteLocation(String anchorLocation, List<String> relativeTokens) {
        String location = anchorLocation + relativeTokens.stream().map(token -> "/" + token).collect(joining());
        return location.isEmpty() ? "/" : location;
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }

    private static String lastSegment(String fieldPath) {
        return fieldPath.substring(fieldPath.lastIndexOf('.') + 1);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
