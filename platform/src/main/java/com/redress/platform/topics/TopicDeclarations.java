package com.redress.platform.topics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;

/** Turns the catalog's topics of a service into the {@link NewTopic}s it declares at start-up. */
public final class TopicDeclarations {

    private TopicDeclarations() {
    }

    /**
     * The topics the service {@code application} declares: every topic the catalog says it writes (its event topics
     * and the dead-letter topics of what it reads) and every topic it reads. Declaring a read topic too, with the
     * catalog's settings, means no service depends on another having started first: Kafka Streams refuses to run on a
     * missing source topic. Declaring an existing topic changes nothing.
     */
    public static List<NewTopic> forApplication(String application, TopicProperties sizing) {
        Map<String, TopicSpec> topics = new LinkedHashMap<>();
        Topics.writtenBy(application).forEach(topic -> topics.putIfAbsent(topic.name(), topic));
        Topics.readBy(application).forEach(topic -> topics.putIfAbsent(topic.name(), topic));
        return of(topics.values(), sizing);
    }

    /** {@code topics} as the catalog configures them, sized by {@code sizing}. */
    public static List<NewTopic> of(Collection<TopicSpec> topics, TopicProperties sizing) {
        return topics.stream()
                .map(spec -> new NewTopic(spec.name(), sizing.partitions(), sizing.replicationFactor())
                        .configs(spec.topicConfigs()))
                .toList();
    }
}
