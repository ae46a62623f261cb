package com.redress.bench.probe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bytes of the files under a directory: a service's local state (Kafka Streams stores, checkpoints). */
public final class DirectorySize {

    private DirectorySize() {
    }

    /** The total size of the regular files under {@code directory}; 0 when it does not exist. */
    public static long bytes(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).mapToLong(DirectorySize::sizeOf).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // a store compacting under us deletes files between listing and measuring
            return 0;
        }
    }
}
