package com.redress.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.redress.platform.streams.JsonStateSerdes;
import com.redress.sla.clock.CaseClocks;

import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * The clock store and its changelog keep the JSON they held before the state serde became spring-kafka's: the file
 * holds what the first release wrote in a run of the topology, and every record is read and written back with the same
 * fields and values (sets of triggers may come back in another order), so a changelog restored after an upgrade yields
 * the same clocks.
 */
class StoredClockStateFormatTest {

    private static final String CHANGELOG = "sla-case-clocks-changelog";

    @Test
    void shouldReadAndWriteBackTheClockStateOfTheFirstRelease() throws Exception {
        Serde<CaseClocks> serde = JsonStateSerdes.of(CaseClocks.class, SlaTopology.CLOCK_STATE_JSON);
        List<String> records = records();

        assertThat(records).hasSizeGreaterThan(1);
        for (String json : records) {
            CaseClocks clocks = serde.deserializer().deserialize(CHANGELOG, json.getBytes(StandardCharsets.UTF_8));
            String written = new String(serde.serializer().serialize(CHANGELOG, clocks), StandardCharsets.UTF_8);

            JSONAssert.assertEquals(json, written, JSONCompareMode.NON_EXTENSIBLE);
        }
    }

    private static List<String> records() throws IOException {
        try (InputStream in = StoredClockStateFormatTest.class.getResourceAsStream("/state/" + CHANGELOG + ".jsonl")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank()).toList();
        }
    }
}
