package com.redress.platform.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Reports the service DOWN when it cannot reach the Kafka cluster, UP with the cluster id and broker count otherwise. */
public class KafkaClusterHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final AdminClient adminClient;
    private final Duration timeout;

    public KafkaClusterHealthIndicator(Map<String, Object> adminProperties, Duration timeout) {
        super("Kafka cluster health check failed");
        this.adminClient = AdminClient.create(adminProperties);
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        DescribeClusterResult cluster = adminClient
                .describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
        String clusterId = cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        int brokers = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
        builder.up().withDetail("clusterId", clusterId).withDetail("brokers", brokers);
    }

    @Override
    public void destroy() {
        adminClient.close(Duration.ofSeconds(2));
    }
}
