package com.redress.bench.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.FirstContactOwner;
import com.redress.events.intake.SubmittedContact;

/**
 * Turns a {@link BenchComplaint} into what a channel system sends: a {@code ChannelSubmission} for
 * {@code complaints.submitted} or the JSON body of {@code POST /api/v1/complaints}. Texts and channels rotate through
 * a small mix of the surge-day complaints (app outage, card fraud, fees), in Chinese and English; every customer has
 * an e-mail address, so every case is owed an acknowledgement by e-mail.
 */
public final class ComplaintFactory {

    static final String SOURCE = "bench-channel";

    private record Template(String channel, String zone, String language, String product, String amount,
            String text) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("app", "Asia/Shanghai", "zh-CN", "手机银行", null,
                    "手机银行APP从早上九点开始一直登录不了，提示系统繁忙，工资今天到账急着转账交房租，你们的系统到底什么时候能恢复？"),
            new Template("wechat", "Asia/Shanghai", "zh-CN", "借记卡", "¥3,200.00",
                    "我的借记卡昨天晚上被盗刷了3200元，消费地点却显示在深圳。打了两次客服电话都说要等，请尽快冻结并退款。"),
            new Template("web banking", "Europe/London", "en", "current account", "GBP 35",
                    "I was charged a £35 unarranged overdraft fee although my salary arrived the same morning. "
                            + "Nobody told me about this fee when I opened the account. Please refund it."),
            new Template("email", "Europe/London", "en", "mobile banking", null,
                    "The mobile app has been down all morning and I cannot pay my rent. This is the second outage "
                            + "this month and nobody answers the phone."));

    /** The submission as a channel system publishes it to {@code complaints.submitted}. */
    public ChannelSubmission submission(BenchComplaint complaint) {
        Template template = templateOf(complaint);
        return ChannelSubmission.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(null)
                .setOccurredAt(complaint.receivedAt())
                .setSource(SOURCE)
                .setChannel(template.channel())
                .setChannelMessageId(complaint.channelMessageId())
                .setReceivedAt(complaint.receivedAt())
                .setReceivedZoneId(template.zone())
                .setCustomerReference(customerReference(complaint))
                .setContact(SubmittedContact.newBuilder()
                        .setPhone(null)
                        .setEmail(email(complaint))
                        .setAppPushId(null)
                        .setPreferredContactChannel("email")
                        .setPreferredLanguage(template.language())
                        .build())
                .setCustomerSegment("ordinary")
                .setProduct(template.product())
                .setAmountAsWritten(template.amount())
                .setText(template.text())
                .setChannelCodes(Map.of())
                .setFirstContactOwner(FirstContactOwner.newBuilder()
                        .setStaffId("AGENT-" + (100 + complaint.sequence() % 7))
                        .setUnitId("BENCH-CENTRE")
                        .build())
                .build();
    }

    /** The body of {@code POST /api/v1/complaints} for the same complaint. */
    public Map<String, Object> restBody(BenchComplaint complaint) {
        Template template = templateOf(complaint);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", template.channel());
        body.put("channelMessageId", complaint.channelMessageId());
        body.put("receivedAt", complaint.receivedAt().toString());
        body.put("zone", template.zone());
        body.put("customerReference", customerReference(complaint));
        body.put("email", email(complaint));
        body.put("preferredContactChannel", "email");
        body.put("language", template.language());
        body.put("segment", "ordinary");
        body.put("product", template.product());
        body.put("amount", template.amount());
        body.put("text", template.text());
        body.put("firstContact", Map.of("staffId", "AGENT-" + (100 + complaint.sequence() % 7),
                "unitId", "BENCH-CENTRE"));
        return body;
    }

    /** The key a channel system gives its submission on {@code complaints.submitted}. */
    public String submissionKey(BenchComplaint complaint) {
        return templateOf(complaint).channel() + ":" + complaint.channelMessageId();
    }

    private static Template templateOf(BenchComplaint complaint) {
        return TEMPLATES.get((int) (complaint.sequence() % TEMPLATES.size()));
    }

    private static String customerReference(BenchComplaint complaint) {
        return "BENCH-CUST-" + complaint.sequence() % 50_000;
    }

    private static String email(BenchComplaint complaint) {
        return "customer" + complaint.sequence() % 50_000 + "@bench.example";
    }
}
