package com.redress.platform.yaml;

/**
 * A file read by {@link StrictYaml}: its content bound to a type, and where each value stands, so that the checks a
 * service makes after binding can name the line at fault.
 *
 * @param content   the file bound to its type
 * @param locations the line and column of every key and value, by path
 */
public record YamlDocument<T>(T content, YamlLocations locations) {
}
