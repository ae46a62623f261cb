package com.redress.notification.channel.email;

import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * SMTP connections kept open between messages, so a message costs its MAIL, RCPT and DATA commands rather than a
 * connection, greeting, EHLO (and TLS and login) and QUIT of its own. Host, port, credentials and session properties
 * are Spring's {@code spring.mail.*}, read from the {@link JavaMailSenderImpl} Spring Boot configures.
 *
 * <p>A connection is closed after any failure, since its state is unknown; one idle longer than
 * {@code idleCheckAfter} is checked with a NOOP before it is used again, and one idle longer than
 * {@code idleTimeout} is closed, before the server drops it. Its connections are a gauge,
 * {@value #CONNECTIONS_METRIC}, tagged {@code state} {@code active} (sending) or {@code idle}.
 */
public class SmtpConnectionPool implements AutoCloseable, MeterBinder {

    public static final String CONNECTIONS_METRIC = "redress.notification.smtp.connections";

    private static final String DEFAULT_PROTOCOL = "smtp";
    private static final Duration EVICTION_INTERVAL = Duration.ofSeconds(10);

    private final JavaMailSenderImpl settings;
    private final GenericObjectPool<Transport> connections;

    public SmtpConnectionPool(JavaMailSenderImpl settings, EmailProperties.Connections properties) {
        StreamProviderLookup.skipServiceLoader();
        this.settings = settings;
        GenericObjectPoolConfig<Transport> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(properties.max());
        config.setMaxIdle(properties.max());
        config.setMinIdle(0);
        config.setBlockWhenExhausted(true);
        config.setMaxWait(properties.maxWait());
        config.setTestOnBorrow(true);
        config.setTimeBetweenEvictionRuns(EVICTION_INTERVAL);
        config.setMinEvictableIdleDuration(properties.idleTimeout());
        config.setJmxEnabled(false);
        this.connections = new GenericObjectPool<>(new SmtpConnectionFactory(settings, properties.idleCheckAfter()),
                config);
    }

    /**
     * A message in this pool's mail session; Spring's, which carries a file type map built once: a plain
     * {@code MimeMessage} makes {@code MimeMessageHelper} read {@code mime.types} again for every message.
     */
    public MimeMessage createMessage() {
        return settings.createMimeMessage();
    }

    /**
     * Sends {@code message} to its recipients over a pooled connection, keeping the Message-ID it was given.
     *
     * @throws MessagingException when no connection could be opened or the server did not take the message
     */
    public void send(MimeMessage message) throws MessagingException {
        // saveChanges() writes a generated Message-ID over ours; a re-sent message must keep its id
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader(MessageIds.HEADER, messageId);
        }
        Transport connection = borrow();
        try {
            connection.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            discard(connection);
            throw e;
        }
        connections.returnObject(connection);
    }

    /** Connections open now, in use or idle. */
    public int openConnections() {
        return connections.getNumActive() + connections.getNumIdle();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(CONNECTIONS_METRIC, connections, GenericObjectPool::getNumActive).tag("state", "active")
                .description("SMTP connections sending a message").register(registry);
        Gauge.builder(CONNECTIONS_METRIC, connections, GenericObjectPool::getNumIdle).tag("state", "idle")
                .description("SMTP connections open and waiting for the next message").register(registry);
    }

    @Override
    public void close() {
        connections.close();
    }

    private Transport borrow() throws MessagingException {
        try {
            return connections.borrowObject();
        } catch (MessagingException e) {
            throw e;
        } catch (NoSuchElementException e) {
            // the factory's connect failure arrives as the cause of the pool's exception
            if (e.getCause() instanceof MessagingException connectFailure) {
                throw connectFailure;
            }
            throw new MessagingException("no SMTP connection free: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new MessagingException("no SMTP connection: " + e.getClass().getSimpleName(), e);
        }
    }

    private void discard(Transport connection) {
        try {
            connections.invalidateObject(connection);
        } catch (Exception e) {
            // closing a broken connection may fail too; it is out of the pool either way
        }
    }

    private static final class SmtpConnectionFactory extends BasePooledObjectFactory<Transport> {

        private final JavaMailSenderImpl settings;
        private final Duration idleCheckAfter;

        SmtpConnectionFactory(JavaMailSenderImpl settings, Duration idleCheckAfter) {
            this.settings = settings;
            this.idleCheckAfter = idleCheckAfter;
        }

        @Override
        public Transport create() throws MessagingException {
            String protocol = settings.getProtocol() != null ? settings.getProtocol()
                    : settings.getSession().getProperty("mail.transport.protocol");
            Transport transport = settings.getSession().getTransport(protocol == null ? DEFAULT_PROTOCOL : protocol);
            transport.connect(settings.getHost(), settings.getPort(), emptyToNull(settings.getUsername()),
                    emptyToNull(settings.getPassword()));
            return transport;
        }

        @Override
        public PooledObject<Transport> wrap(Transport transport) {
            return new DefaultPooledObject<>(transport);
        }

        @Override
        public boolean validateObject(PooledObject<Transport> pooled) {
            Instant lastUsed = pooled.getLastReturnInstant();
            boolean recentlyUsed = Duration.between(lastUsed, Instant.now()).compareTo(idleCheckAfter) < 0;
            // isConnected() costs a NOOP round trip: only a connection idle for a while is worth it
            return recentlyUsed || pooled.getObject().isConnected();
        }

        @Override
        public void destroyObject(PooledObject<Transport> pooled) throws MessagingException {
            pooled.getObject().close();
        }

        private static String emptyToNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }
}
