package com.redress.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.kafka.common.serialization.Serde;

/**
 * What the first release wrote to grading's stores, changelogs and repartition topics in a run of the topology, one
 * JSON record per line under {@code state/<topic>.jsonl}: a serde must read every record and write it back unchanged,
 * so state restored after an upgrade is the same state.
 */
public final class StoredState {

    private StoredState() {
    }

    public static void assertEveryRecordReadAndWrittenBackUnchanged(String topic, Serde<?> serde) {
        assertThat(records(topic)).isNotEmpty()
                .allSatisfy(json -> assertThat(roundTrip(serde, topic, json)).isEqualTo(json));
    }

    private static <T> String roundTrip(Serde<T> serde, String topic, String json) {
        T state = serde.deserializer().deserialize(topic, json.getBytes(StandardCharsets.UTF_8));
        return new String(serde.serializer().serialize(topic, state), StandardCharsets.UTF_8);
    }

    private static List<String> records(String topic) {
        try (InputStream in = StoredState.class.getResourceAsStream("/state/" + topic + ".jsonl")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
