package com.redress.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.redress.events.intake.ChannelSubmission;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.platform.serde.AvroSerializer;

import static org.assertj.core.api.Assertions.assertThat;

class DemoChannelSimulatorTest {

    @Test
    void shouldCarryARealisticCorpusAcrossChannelsAndLanguages() {
        List<DemoComplaint> corpus = DemoChannelSimulator.loadCorpus();

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(15);
        Set<String> channels = corpus.stream().map(DemoComplaint::channel).collect(Collectors.toSet());
        assertThat(channels).hasSizeGreaterThanOrEqualTo(10);
        assertThat(corpus).extracting(DemoComplaint::language).contains("zh-CN", "en");
        assertThat(corpus).allSatisfy(complaint -> assertThat(complaint.text()).isNotBlank());
    }

    @Test
    void shouldBuildSubmissionsThatSurviveTheWireFormat() {
        Map<String, Object> config = Map.of("schema.registry.url", "mock://demo-simulator-test",
                "specific.avro.reader", true);
        AvroSerializer<ChannelSubmission> serializer = new AvroSerializer<>();
        serializer.configure(config, false);
        AvroDeserializer<ChannelSubmission> deserializer = new AvroDeserializer<>();
        deserializer.configure(config, false);

        List<DemoComplaint> corpus = DemoChannelSimulator.loadCorpus();
        for (int i = 0; i < corpus.size(); i++) {
            ChannelSubmission submission = DemoChannelSimulator.submissionOf(corpus.get(i), i);

            ChannelSubmission read = deserializer.deserialize("complaints.submitted",
                    serializer.serialize("complaints.submitted", submission));

            assertThat(read).isEqualTo(submission);
            assertThat(read.getChannelMessageId()).endsWith("-" + i);
        }
    }
}
