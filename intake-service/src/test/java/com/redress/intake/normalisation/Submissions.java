package com.redress.intake.normalisation;

import java.time.Instant;
import java.util.Map;

/** Test data: a valid hotline submission, changed field by field. */
public final class Submissions {

    private Submissions() {
    }

    public static Builder valid() {
        return new Builder();
    }

    /** Builds {@link Submission}s for tests. */
    public static final class Builder {
        private String source = "hotline-ivr-sh";
        private String channel = "95588 hotline";
        private String channelMessageId = "ivr-20261124-0001";
        private String idempotencyKey;
        private Instant receivedAt = Instant.parse("2026-11-24T01:15:00Z");
        private String zone = "Asia/Shanghai";
        private String customerReference = "CUST-100231";
        private String phone = "13812341234";
        private String email;
        private String appPushId;
        private String preferredContactChannel;
        private String language;
        private String segment = "ordinary";
        private String product = "借记卡";
        private String amount = "¥3,200.00";
        private String text = "我的借记卡昨天晚上被盗刷了3200元，请尽快冻结并退款。";
        private Map<String, String> codes = Map.of();
        private String staffId;
        private String unitId;

        public Builder source(String value) { source = value; return this; }
        public Builder channel(String value) { channel = value; return this; }
        public Builder channelMessageId(String value) { channelMessageId = value; return this; }
        public Builder idempotencyKey(String value) { idempotencyKey = value; return this; }
        public Builder receivedAt(Instant value) { receivedAt = value; return this; }
        public Builder zone(String value) { zone = value; return this; }
        public Builder customerReference(String value) { customerReference = value; return this; }
        public Builder phone(String value) { phone = value; return this; }
        public Builder email(String value) { email = value; return this; }
        public Builder appPushId(String value) { appPushId = value; return this; }
        public Builder preferredContactChannel(String value) { preferredContactChannel = value; return this; }
        public Builder language(String value) { language = value; return this; }
        public Builder segment(String value) { segment = value; return this; }
        public Builder product(String value) { product = value; return this; }
        public Builder amount(String value) { amount = value; return this; }
        public Builder text(String value) { text = value; return this; }
        public Builder codes(Map<String, String> value) { codes = value; return this; }
        public Builder staffId(String value) { staffId = value; return this; }
        public Builder unitId(String value) { unitId = value; return this; }

        public Submission build() {
            return new Submission(source, channel, channelMessageId, idempotencyKey, receivedAt, zone,
                    customerReference, phone, email, appPushId, preferredContactChannel, language, segment, product,
                    amount, text, codes, staffId, unitId);
        }
    }
}
