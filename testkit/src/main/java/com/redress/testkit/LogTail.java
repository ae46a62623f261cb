package com.redress.testkit;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/** Reads a child process's log file for diagnosis: its last lines, or whether one run wrote a given message. */
final class LogTail {

    private LogTail() {
    }

    /** The last {@code lines} lines of {@code file}, or a note saying why there are none. */
    static String of(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no log written to " + file + ")";
        }
        Deque<String> tail = new ArrayDeque<>(lines);
        // Child output may not be valid UTF-8; a replacement character is better than no diagnosis.
        try (Stream<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines()) {
            all.forEach(line -> {
                if (tail.size() == lines) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            });
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
        return String.join(System.lineSeparator(), tail);
    }

    /** Whether the part of {@code file} after the first {@code offset} bytes contains {@code text}. */
    static boolean contains(Path file, long offset, String text) {
        if (!Files.exists(file)) {
            return false;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(offset);
            return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}
