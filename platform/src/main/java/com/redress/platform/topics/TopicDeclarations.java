package com.redress.platform.topics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.NewTopic;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;

/** Turns a service's produced and consumed topics into the {@link NewTopic}s it must declare, from the catalog. */
public final class TopicDeclarations {

    private TopicDeclarations() {
    }

    /**
     * The topics a service declares: every topic it produces, every topic it consumes with its dead-letter topic (the
     * consumer is the one that writes a dead letter). Declaring a consumed topic too, with the catalog's settings,
     * means no service depends on another having started first: Kafka Streams refuses to run on a missing source
     * topic. Declaring an existing topic changes nothing.
     *
     * @throws IllegalStateException naming the unknown topic and the known ones, when a name is not in the catalog
     */
    public static List<NewTopic> of(TopicProperties properties) {
        Set<String> names = new LinkedHashSet<>();
        properties.produces().forEach(name -> names.add(specOf(name).name()));
        properties.consumes().forEach(name -> {
            names.add(specOf(name).name());
            names.add(deadLetterSpecOf(specOf(name)).name());
        });
        List<NewTopic> topics = new ArrayList<>();
        for (String name : names) {
            topics.add(toNewTopic(specOf(name), properties));
        }
        return List.copyOf(topics);
    }

    static NewTopic toNewTopic(TopicSpec spec, TopicProperties properties) {
        return new NewTopic(spec.name(), properties.partitions(), properties.replicationFactor())
                .configs(spec.topicConfigs());
    }

    private static TopicSpec deadLetterSpecOf(TopicSpec consumed) {
        return Topics.find(Topics.deadLetterOf(consumed.name())).orElseThrow(() -> new IllegalStateException(
                "Topic '" + consumed.name() + "' is consumed, but the topic catalog has no dead-letter topic for it ("
                        + Topics.deadLetterOf(consumed.name()) + "); the catalog declares one for each topic whose "
                        + "consumers include one of our services"));
    }

    private static TopicSpec specOf(String name) {
        return Topics.find(name.strip()).orElseThrow(() -> new IllegalStateException(
                "Topic '" + name.strip() + "' is not in the topic catalog; known topics: "
                        + Topics.ALL.stream().map(TopicSpec::name).collect(Collectors.joining(", "))));
    }
}
