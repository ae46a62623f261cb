package com.redress.intake.normalisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;

class AliasTableTest {

    private final AliasTable<Channel> channels = AliasTable.load(Channel.class, "intake/channel-aliases.txt");
    private final AliasTable<CustomerSegment> segments =
            AliasTable.load(CustomerSegment.class, "intake/segment-aliases.txt");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            wechat                    | WECHAT
            微信                       | WECHAT
            ＷｅＣｈａｔ               | WECHAT
            95588 hotline             | PHONE_HOTLINE
            phone                     | PHONE_HOTLINE
            客服热线                    | PHONE_HOTLINE
            12378 regulator referral  | REGULATOR_REFERRAL
            12378                     | REGULATOR_REFERRAL
            weibo                     | SOCIAL_MEDIA
            app                       | MOBILE_BANKING
            mobile banking            | MOBILE_BANKING
            web banking               | WEB_BANKING
            web                       | WEB_BANKING
            E-Mail                    | EMAIL
            branch counter            | BRANCH_COUNTER
            letter                    | LETTER
            consumer association      | CONSUMER_ASSOCIATION
            消费者协会                  | CONSUMER_ASSOCIATION
            PHONE_HOTLINE             | PHONE_HOTLINE
            """)
    void shouldResolveChannelAliasesInAnyScriptCaseOrWidth(String alias, Channel expected) {
        assertThat(channels.resolve(alias)).contains(expected);
    }

    @Test
    void shouldNotResolveAnUnknownChannel() {
        assertThat(channels.resolve("carrier pigeon")).isEmpty();
        assertThat(channels.resolve("  ")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            HNW            | HIGH_NET_WORTH
            私行            | HIGH_NET_WORTH
            private banking| HIGH_NET_WORTH
            mass-affluent  | MASS_AFFLUENT
            VIP            | MASS_AFFLUENT
            ordinary       | ORDINARY
            普通客户         | ORDINARY
            """)
    void shouldResolveSegmentAliases(String alias, CustomerSegment expected) {
        assertThat(segments.resolve(alias)).contains(expected);
    }
}
