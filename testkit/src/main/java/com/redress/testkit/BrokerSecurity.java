package com.redress.testkit;

import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * How clients authenticate to the local broker: not at all ({@link #plaintext()}), or with SASL/PLAIN user name and
 * password over the client listener ({@link #saslPlain}), as a bank's cluster asks of every service.
 */
public sealed interface BrokerSecurity {

    static BrokerSecurity plaintext() {
        return new Plaintext();
    }

    static BrokerSecurity saslPlain(String username, String password) {
        return new SaslPlain(username, password);
    }

    /** The security protocol of the client listener ({@code PLAINTEXT} or {@code SASL_PLAINTEXT}). */
    String protocol();

    /** What every client (producer, consumer, admin, Streams) needs besides {@code bootstrap.servers}. */
    Map<String, Object> clientProperties();

    /** The same settings as Spring Boot properties ({@code spring.kafka.*}), as a service is configured. */
    Map<String, String> springProperties();

    /** Adds the broker side of this protocol to the node's server properties. */
    void configureServer(Properties settings, String clientListener);

    record Plaintext() implements BrokerSecurity {

        @Override
        public String protocol() {
            return "PLAINTEXT";
        }

        @Override
        public Map<String, Object> clientProperties() {
            return Map.of();
        }

        @Override
        public Map<String, String> springProperties() {
            return Map.of();
        }

        @Override
        public void configureServer(Properties settings, String clientListener) {
            // nothing beyond the listener's protocol
        }
    }

    record SaslPlain(String username, String password) implements BrokerSecurity {

        private static final String MECHANISM = "PLAIN";

        public SaslPlain {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String protocol() {
            return "SASL_PLAINTEXT";
        }

        @Override
        public Map<String, Object> clientProperties() {
            return Map.of("security.protocol", protocol(), "sasl.mechanism", MECHANISM, "sasl.jaas.config", jaasConfig());
        }

        @Override
        public Map<String, String> springProperties() {
            return Map.of("spring.kafka.security.protocol", protocol(),
                    "spring.kafka.properties.sasl.mechanism", MECHANISM,
                    "spring.kafka.properties.sasl.jaas.config", jaasConfig());
        }

        @Override
        public void configureServer(Properties settings, String clientListener) {
            String prefix = "listener.name." + clientListener.toLowerCase(java.util.Locale.ROOT) + ".plain.";
            // the broker talks to itself over the client listener, as this one user
            settings.put(prefix + "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                    + " username=\"" + username + "\" password=\"" + password + "\" user_" + username + "=\""
                    + password + "\";");
            settings.put("sasl.enabled.mechanisms", MECHANISM);
            settings.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        }

        private String jaasConfig() {
            return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + username
                    + "\" password=\"" + password + "\";";
        }
    }
}
