package com.redress.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import com.redress.contract.TopicSpec;
import com.redress.contract.Topics;
import com.redress.platform.topics.TopicDeclarations;
import com.redress.platform.topics.TopicProperties;

/**
 * The cluster a bank would run the suite on: every topic of the catalog created by its administrator, one principal per
 * service, and ACLs that let each service write only the topics the catalog says it writes (and the dead letters of
 * what it consumes), read what it consumes and its own topics, and run its own consumer groups, transactions and Kafka
 * Streams internal topics — so nothing but intake can write {@code complaints.updates}, say.
 */
final class ServiceAcls {

    static final List<String> SERVICES = Topics.SERVICES;
    /** Consumer groups not named after their service: intake's Kafka door listener is its own group. */
    private static final Map<String, List<String>> OTHER_GROUPS = Map.of(Topics.INTAKE_SERVICE,
            List.of("intake-submissions"));

    private ServiceAcls() {
    }

    /** Each service's principal and password: the service's name, and a password for this suite only. */
    static Map<String, String> passwords() {
        Map<String, String> passwords = new LinkedHashMap<>();
        SERVICES.forEach(service -> passwords.put(service, "e2e-" + service + "-secret"));
        return passwords;
    }

    /** Creates the catalog's topics and grants each service its ACLs. */
    static void setUp(Admin admin) {
        await(admin.createTopics(TopicDeclarations.of(Topics.ALL, new TopicProperties(6, (short) 1))).all(),
                "create the catalog's topics");
        await(admin.createAcls(bindings()).all(), "grant the services' ACLs");
    }

    /** Every ACL of every service. */
    static List<AclBinding> bindings() {
        List<AclBinding> bindings = new ArrayList<>();
        for (String service : SERVICES) {
            String principal = "User:" + service;
            for (TopicSpec topic : Topics.ALL) {
                boolean writes = topic.producedBy().contains(service);
                boolean reads = writes || topic.consumedBy().contains(service);
                allow(bindings, principal, ResourceType.TOPIC, topic.name(), PatternType.LITERAL,
                        AclOperation.DESCRIBE);
                if (writes) {
                    allow(bindings, principal, ResourceType.TOPIC, topic.name(), PatternType.LITERAL,
                            AclOperation.WRITE);
                }
                if (reads) {
                    allow(bindings, principal, ResourceType.TOPIC, topic.name(), PatternType.LITERAL,
                            AclOperation.READ);
                }
            }
            // Kafka Streams' repartition and changelog topics, consumer groups and transactional ids, named after the
            // application id, which starts so (intake's case view is intake-service-case-view)
            allow(bindings, principal, ResourceType.TOPIC, service, PatternType.PREFIXED, AclOperation.ALL);
            allow(bindings, principal, ResourceType.GROUP, service, PatternType.PREFIXED, AclOperation.READ);
            OTHER_GROUPS.getOrDefault(service, List.of()).forEach(group ->
                    allow(bindings, principal, ResourceType.GROUP, group, PatternType.LITERAL, AclOperation.READ));
            allow(bindings, principal, ResourceType.TRANSACTIONAL_ID, service, PatternType.PREFIXED,
                    AclOperation.WRITE);
            allow(bindings, principal, ResourceType.TRANSACTIONAL_ID, service, PatternType.PREFIXED,
                    AclOperation.DESCRIBE);
            allow(bindings, principal, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL,
                    AclOperation.IDEMPOTENT_WRITE);
        }
        return List.copyOf(bindings);
    }

    private static void allow(List<AclBinding> bindings, String principal, ResourceType type, String name,
            PatternType pattern, AclOperation operation) {
        bindings.add(new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW)));
    }

    private static <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to " + what, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not " + what, e.getCause());
        }
    }
}
