package com.redress.testkit.catalog;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.streams.TopologyDescription;

/**
 * The topics a service's Kafka clients actually read and write, as its topologies and listeners declare them; internal
 * topics of Kafka Streams (repartition, changelog) are the application's own and not part of the contract.
 *
 * @param reads  topics read by a topology (streams, tables, global stores) or a listener
 * @param writes topics written by a topology's sinks
 */
public record KafkaClientTopics(Set<String> reads, Set<String> writes) {

    private static final String REPARTITION_SUFFIX = "-repartition";
    private static final String CHANGELOG_SUFFIX = "-changelog";

    public KafkaClientTopics {
        reads = Set.copyOf(reads);
        writes = Set.copyOf(writes);
    }

    /** What {@code topologies} read and write, and what listeners subscribed to {@code listenerTopics} read. */
    public static KafkaClientTopics of(Collection<TopologyDescription> topologies, Collection<String> listenerTopics) {
        Set<String> reads = new TreeSet<>(listenerTopics);
        Set<String> writes = new TreeSet<>();
        for (TopologyDescription topology : topologies) {
            for (TopologyDescription.Subtopology subtopology : topology.subtopologies()) {
                for (TopologyDescription.Node node : subtopology.nodes()) {
                    if (node instanceof TopologyDescription.Source source) {
                        reads.addAll(source.topicSet());
                    } else if (node instanceof TopologyDescription.Sink sink && sink.topic() != null) {
                        writes.add(sink.topic());
                    }
                }
            }
            topology.globalStores().forEach(store -> reads.addAll(store.source().topicSet()));
        }
        reads.removeIf(KafkaClientTopics::internal);
        writes.removeIf(KafkaClientTopics::internal);
        return new KafkaClientTopics(reads, writes);
    }


    private static boolean internal(String topic) {
        return topic.endsWith(REPARTITION_SUFFIX) || topic.endsWith(CHANGELOG_SUFFIX);
    }
}
