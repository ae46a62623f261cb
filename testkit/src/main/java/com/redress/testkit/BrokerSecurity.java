package com.redress.testkit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;

/**
 * How clients authenticate to the local broker: not at all ({@link #plaintext()}), with SASL/PLAIN user name and
 * password over the client listener ({@link #saslPlain}), as a bank's cluster asks of every service, or with one
 * SASL/PLAIN principal per service and the broker's authorizer deciding what each may do ({@link #saslPlainWithAcls}).
 */
public sealed interface BrokerSecurity {

    static BrokerSecurity plaintext() {
        return new Plaintext();
    }

    static BrokerSecurity saslPlain(String username, String password) {
        return new SaslPlain(username, password);
    }

    /**
     * One principal per service, each with its own password, and the KRaft {@code StandardAuthorizer} denying whatever
     * no ACL allows. {@code administrator} is a super user: the broker itself, the tests' own clients and
     * {@code setUp}, which runs once the broker is up and before anything else connects (create topics, grant ACLs).
     */
    static BrokerSecurity saslPlainWithAcls(SaslPlain administrator, Map<String, String> passwordsByPrincipal,
            Consumer<Admin> setUp) {
        return new SaslPlainWithAcls(administrator, passwordsByPrincipal, setUp);
    }

    /** The security protocol of the client listener ({@code PLAINTEXT} or {@code SASL_PLAINTEXT}). */
    String protocol();

    /** What every client (producer, consumer, admin, Streams) needs besides {@code bootstrap.servers}. */
    Map<String, Object> clientProperties();

    /** The same settings as Spring Boot properties ({@code spring.kafka.*}), as a service is configured. */
    Map<String, String> springProperties();

    /** Adds the broker side of this protocol to the node's server properties. */
    void configureServer(Properties settings, String clientListener);

    /** The Spring Boot properties of {@code service}, which may authenticate as a principal of its own. */
    default Map<String, String> springPropertiesFor(String service) {
        return springProperties();
    }

    /** What the cluster's administrator does once the broker is up, before any other client connects. */
    default void prepare(String bootstrapServers) {
        // nothing to prepare
    }

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
            configureServer(settings, clientListener, Map.of());
        }

        /** The broker side, accepting this user (as which the broker talks to itself) and {@code otherUsers}. */
        void configureServer(Properties settings, String clientListener, Map<String, String> otherUsers) {
            String prefix = "listener.name." + clientListener.toLowerCase(java.util.Locale.ROOT) + ".plain.";
            StringBuilder users = new StringBuilder(" user_" + username + "=\"" + password + "\"");
            otherUsers.forEach((user, secret) -> users.append(" user_").append(user).append("=\"").append(secret)
                    .append('"'));
            // the broker talks to itself over the client listener, as this one user
            settings.put(prefix + "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                    + " username=\"" + username + "\" password=\"" + password + "\"" + users + ";");
            settings.put("sasl.enabled.mechanisms", MECHANISM);
            settings.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        }

        private String jaasConfig() {
            return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + username
                    + "\" password=\"" + password + "\";";
        }
    }

    record SaslPlainWithAcls(SaslPlain administrator, Map<String, String> passwordsByPrincipal, Consumer<Admin> setUp)
            implements BrokerSecurity {

        public SaslPlainWithAcls {
            Objects.requireNonNull(administrator, "administrator");
            passwordsByPrincipal = Map.copyOf(passwordsByPrincipal);
            Objects.requireNonNull(setUp, "setUp");
        }

        @Override
        public String protocol() {
            return administrator.protocol();
        }

        @Override
        public Map<String, Object> clientProperties() {
            return administrator.clientProperties();
        }

        @Override
        public Map<String, String> springProperties() {
            return administrator.springProperties();
        }

        @Override
        public Map<String, String> springPropertiesFor(String service) {
            String password = passwordsByPrincipal.get(service);
            return password == null ? springProperties() : new SaslPlain(service, password).springProperties();
        }

        /** What a client authenticating as {@code principal} needs besides {@code bootstrap.servers}. */
        public Map<String, Object> clientPropertiesOf(String principal) {
            return new SaslPlain(principal, Objects.requireNonNull(passwordsByPrincipal.get(principal), principal))
                    .clientProperties();
        }

        @Override
        public void configureServer(Properties settings, String clientListener) {
            administrator.configureServer(settings, clientListener, passwordsByPrincipal);
            settings.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            // the node's own controller listener is plaintext on loopback: its requests come as ANONYMOUS
            settings.put("super.users", "User:" + administrator.username() + ";User:ANONYMOUS");
            settings.put("allow.everyone.if.no.acl.found", "false");
        }

        @Override
        public void prepare(String bootstrapServers) {
            Map<String, Object> config = new HashMap<>(clientProperties());
            config.put("bootstrap.servers", bootstrapServers);
            try (Admin admin = Admin.create(config)) {
                setUp.accept(admin);
            }
        }
    }
}
