package com.redress.notification.sending;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.redress.notification.channel.ChannelSender;
import com.redress.notification.channel.email.EmailProperties;
import com.redress.notification.channel.email.ImapSentMailJournal;
import com.redress.notification.channel.email.SmtpConnectionPool;
import com.redress.notification.channel.email.SmtpEmailSender;
import com.redress.notification.channel.http.HttpProviderClient;
import com.redress.notification.channel.http.ProvidersProperties;
import com.redress.notification.channel.push.HttpPushSender;
import com.redress.notification.channel.sms.HttpSmsSender;

/** Wires the channel senders that are configured: e-mail over pooled SMTP connections, SMS and push over HTTP. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EmailProperties.class, ProvidersProperties.class})
class ChannelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ChannelConfiguration.class);

    /** Present, like Spring Boot's mail sender it takes its settings from, when {@code spring.mail.host} is set. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty("spring.mail.host")
    SmtpConnectionPool smtpConnectionPool(JavaMailSenderImpl mailSettings, EmailProperties emailProperties) {
        return new SmtpConnectionPool(mailSettings, emailProperties.connections());
    }

    @Bean
    ChannelSenders channelSenders(ObjectProvider<SmtpConnectionPool> smtpConnections, EmailProperties email,
            ProvidersProperties providers, Clock clock) {
        List<ChannelSender> senders = new ArrayList<>();
        smtpConnections.ifAvailable(pool -> senders.add(new SmtpEmailSender(pool, email,
                email.journal().lookedUp() ? new ImapSentMailJournal(email.journal(), clock) : null)));
        if (providers.sms().enabled()) {
            senders.add(new HttpSmsSender(new HttpProviderClient(providers.sms())));
        }
        if (providers.push().enabled()) {
            senders.add(new HttpPushSender(new HttpProviderClient(providers.push())));
        }
        log.info("Notification channels configured: {}; e-mail sends cut off by a crash {}",
                senders.stream().map(ChannelSender::channel).toList(), email.journal().lookedUp()
                        ? "are looked up in the journal at " + email.journal().host()
                        : "are sent again (no journal configured)");
        return new ChannelSenders(senders);
    }
}
