package com.redress.testkit.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.listener.MessageListenerContainer;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;

/**
 * Compares what a running service reads and writes through Kafka Streams and listeners with what the topic catalog
 * says of its application name: the catalog is the single record of who reads and writes what, so a service that
 * reads a topic the catalog does not list it for, or fails to read one it does, or writes a topic it is not a writer
 * of, is a contract difference. Writes through a {@code KafkaTemplate} are not visible here; their topics come from
 * the catalog's constants.
 */
public final class CatalogConformance {

    private CatalogConformance() {
    }

    /** The differences of the started service in {@code context}, one sentence each; empty when it conforms. */
    public static List<String> of(ApplicationContext context) {
        String application = Objects.requireNonNull(context.getEnvironment().getProperty("spring.application.name"),
                "spring.application.name");
        List<TopologyDescription> topologies = context.getBeansOfType(StreamsBuilderFactoryBean.class).values()
                .stream()
                .map(StreamsBuilderFactoryBean::getTopology)
                .filter(Objects::nonNull)
                .map(Topology::describe)
                .toList();
        List<String> listenerTopics = context.getBeansOfType(KafkaListenerEndpointRegistry.class).values().stream()
                .flatMap(registry -> registry.getAllListenerContainers().stream())
                .map(MessageListenerContainer::getContainerProperties)
                .filter(properties -> properties.getTopics() != null)
                .flatMap(properties -> List.of(properties.getTopics()).stream())
                .toList();
        return differences(application, KafkaClientTopics.of(topologies, listenerTopics));
    }

    /** The differences between what {@code application}'s clients use, {@code actual}, and the catalog. */
    public static List<String> differences(String application, KafkaClientTopics actual) {
        Set<String> catalogReads = names(Topics.readBy(application));
        Set<String> catalogWrites = names(Topics.writtenBy(application));
        List<String> differences = new ArrayList<>();
        difference(differences, application + " reads", actual.reads(), "but the catalog does not list it as a reader",
                catalogReads);
        difference(differences, "the catalog lists " + application + " as a reader of", catalogReads,
                "but it does not read them", actual.reads());
        difference(differences, application + " writes", actual.writes(),
                "but the catalog does not list it as a writer", catalogWrites);
        return differences;
    }

    private static void difference(List<String> differences, String subject, Set<String> topics, String predicate,
            Set<String> allowed) {
        Set<String> outside = new TreeSet<>(topics);
        outside.removeAll(allowed);
        if (!outside.isEmpty()) {
            differences.add(subject + " " + String.join(", ", outside) + " " + predicate);
        }
    }

    private static Set<String> names(List<TopicSpec> topics) {
        return topics.stream().map(TopicSpec::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
