package com.redress.testkit;

import java.nio.file.Path;
import java.util.Properties;

/** Builds the server properties of a combined broker-and-controller KRaft node that runs alone on loopback. */
final class SingleNodeKraftSettings {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String CLIENT_LISTENER = "CLIENT";
    static final String HOST = "127.0.0.1";

    /** Partitions of a topic created without an explicit count; matches the services' default. */
    static final int DEFAULT_PARTITIONS = 6;

    private SingleNodeKraftSettings() {
    }

    static Properties forNode(int clientPort, int controllerPort, Path logDir, BrokerSecurity security) {
        Properties settings = new Properties();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", Integer.toString(NODE_ID));
        settings.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        settings.put("listeners", CLIENT_LISTENER + "://" + HOST + ":" + clientPort + ","
                + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        settings.put("advertised.listeners", CLIENT_LISTENER + "://" + HOST + ":" + clientPort);
        settings.put("listener.security.protocol.map",
                CLIENT_LISTENER + ":" + security.protocol() + "," + CONTROLLER_LISTENER + ":PLAINTEXT");
        security.configureServer(settings, CLIENT_LISTENER);
        settings.put("controller.listener.names", CONTROLLER_LISTENER);
        settings.put("inter.broker.listener.name", CLIENT_LISTENER);
        settings.put("log.dirs", logDir.toString());

        // One node: every internal topic must be satisfied by a single replica, or transactions,
        // exactly-once Streams and share groups never become available.
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("default.replication.factor", "1");
        settings.put("min.insync.replicas", "1");
        // Fewer internal partitions than the production default of 50 make the first consumer group
        // and the first transaction start in a fraction of the time on a small machine.
        settings.put("offsets.topic.num.partitions", "6");
        settings.put("transaction.state.log.num.partitions", "6");

        settings.put("num.partitions", Integer.toString(DEFAULT_PARTITIONS));
        settings.put("group.initial.rebalance.delay.ms", "0");
        // Services declare their topics; a typo must fail instead of silently creating a new topic.
        settings.put("auto.create.topics.enable", "false");
        settings.put("delete.topic.enable", "true");
        // The production default reserves 128 MB of heap for compaction, far more than a local node needs.
        settings.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        return settings;
    }
}
