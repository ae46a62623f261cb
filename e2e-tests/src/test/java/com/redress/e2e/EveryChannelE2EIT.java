package com.redress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A complaint from every channel, over REST or the channel topic, travels to its acknowledgement e-mail. */
@WithRunningSuite
class EveryChannelE2EIT {

    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(90);
    /** Every channel intake knows, under a name its channel systems use. */
    private static final List<String> REST_CHANNELS = List.of("hotline", "email", "web banking", "mobile banking",
            "wechat", "weibo", "branch counter", "letter", "12378", "consumer association", "media", "lawyer");
    private static final List<String> KAFKA_CHANNELS = List.of("95588 hotline", "手机银行", "来信");

    @Test
    void shouldAcknowledgeAComplaintFromEveryChannelByEmailOnce(RunningSuite suite) {
        // Given one complaint per channel, each from its own customer, by REST and on the channel topic
        Map<String, String> caseNumberByCustomer = new LinkedHashMap<>();
        for (String channel : REST_CHANNELS) {
            String customer = mailbox("rest", channel);
            HttpResponse<String> answer = suite.postComplaint(Complaints.rest(channel, customer, "en",
                    "The monthly fee on my debit card was charged twice in October and nobody explained why.")
                    .toString());
            assertThat(answer.statusCode()).as(channel + ": " + answer.body()).isEqualTo(201);
            caseNumberByCustomer.put(customer, Complaints.json(answer.body()).path("caseNumber").asString());
        }
        for (String channel : KAFKA_CHANNELS) {
            String customer = mailbox("kafka", channel);
            suite.submitOverKafka(Complaints.kafka(channel, customer, "zh-CN", "我的借记卡十月份被重复扣了两次年费，客服也解释不清楚。"));
            caseNumberByCustomer.put(customer, null);
        }

        // Then every customer gets exactly one acknowledgement, naming their case where the channel was told it
        await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String customer : caseNumberByCustomer.keySet()) {
                assertThat(suite.mailsTo(customer)).as(customer).hasSize(1);
            }
        });
        caseNumberByCustomer.forEach((customer, caseNumber) -> {
            String acknowledgement = RunningSuite.text(suite.mailsTo(customer).get(0));
            assertThat(acknowledgement).as(customer).containsPattern("CMP-[0-9]{8}-");
            if (caseNumber != null) {
                assertThat(acknowledgement).as(customer).contains(caseNumber);
            }
        });
    }

    private static String mailbox(String door, String channel) {
        String local = channel.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return "e2e." + door + "." + (local.isBlank() || local.equals("-") ? Integer.toHexString(channel.hashCode())
                : local) + "@example.com";
    }
}
