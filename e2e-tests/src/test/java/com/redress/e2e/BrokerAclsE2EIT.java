package com.redress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import com.redress.contract.Topics;
import com.redress.testkit.BrokerSecurity;

/**
 * The suite runs with one principal per service and the broker's authorizer on (every other end-to-end test passes
 * under it): a service cannot write a topic the catalog does not say it writes, so a record on complaints.updates
 * comes from intake, which holds every update to the case lifecycle, and cannot read what it has no business reading.
 */
@WithRunningSuite
class BrokerAclsE2EIT {

    @Test
    void shouldRefuseAServiceAWriteToATopicItDoesNotWrite(RunningSuite suite) {
        for (String service : List.of(Topics.GRADING_SERVICE, Topics.SLA_SERVICE, Topics.NOTIFICATION_SERVICE)) {
            Throwable refusal = produceAs(suite, service, Topics.COMPLAINTS_UPDATES);

            assertThat(refusal).as(service + " writing " + Topics.COMPLAINTS_UPDATES)
                    .isInstanceOf(TopicAuthorizationException.class);
        }
        assertThat(produceAs(suite, Topics.NOTIFICATION_SERVICE, Topics.COMPLAINTS_GRADED))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void shouldRefuseAServiceTheRawSubmissionsItDoesNotConsume(RunningSuite suite) {
        Map<String, Object> config = clientOf(suite, Topics.GRADING_SERVICE);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, Topics.GRADING_SERVICE + "-acl-probe");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.COMPLAINTS_SUBMITTED));

            Throwable refusal = null;
            try {
                consumer.poll(Duration.ofSeconds(10));
            } catch (TopicAuthorizationException e) {
                refusal = e;
            }
            assertThat(refusal).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    private static Throwable produceAs(RunningSuite suite, String principal, String topic) {
        Map<String, Object> config = clientOf(suite, principal);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "forged".getBytes(), "not from intake".getBytes()))
                    .get(15, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            return e;
        }
    }

    private static Map<String, Object> clientOf(RunningSuite suite, String principal) {
        Map<String, Object> config = new HashMap<>(suite.kafkaClientProperties());
        config.putAll(((BrokerSecurity.SaslPlainWithAcls) RunningSuite.BROKER_SECURITY).clientPropertiesOf(principal));
        return config;
    }
}
