package com.redress.bench.fault;

import java.time.Duration;

import com.redress.testkit.fault.OutageProxy;
import com.redress.testkit.suite.LocalSuite;
import com.redress.testkit.suite.ServiceDefinition;

/** One fault the suite injects while complaints flow, and what it takes to be over. */
sealed interface Fault {

    /** A short name for the table and the batch of complaints driven through it (letters only). */
    String name();

    /** What the table says about it. */
    String description();

    /** Injects the fault and returns once it is over (the service back up, the outage ended). */
    void inject(LocalSuite suite) throws Exception;

    /** No fault: the control row, what the same load does when nothing goes wrong. */
    record NoFault() implements Fault {

        @Override
        public String name() {
            return "none";
        }

        @Override
        public String description() {
            return "none (control)";
        }

        @Override
        public void inject(LocalSuite suite) {
            // the load alone
        }
    }

    /** {@code kill -9} of one service, restarted at once; returns when it is healthy again. */
    record ServiceCrash(ServiceDefinition service) implements Fault {

        @Override
        public String name() {
            return "kill" + service.module().replace("-service", "");
        }

        @Override
        public String description() {
            return "kill -9 " + service.module() + ", restart";
        }

        @Override
        public void inject(LocalSuite suite) throws Exception {
            suite.crashAndRestart(service);
        }
    }

    /** The broker shut down and started again with its data, as a rolling restart of a one-node cluster would. */
    record BrokerRestart() implements Fault {

        @Override
        public String name() {
            return "brokerrestart";
        }

        @Override
        public String description() {
            return "restart the Kafka broker";
        }

        @Override
        public void inject(LocalSuite suite) {
            suite.stack().broker().restart();
        }
    }

    /** The schema registry refusing every connection for a while. */
    record RegistryOutage(Duration length) implements Fault {

        @Override
        public String name() {
            return "registrydown";
        }

        @Override
        public String description() {
            return "schema registry unavailable for " + length.toSeconds() + " s";
        }

        @Override
        public void inject(LocalSuite suite) throws InterruptedException {
            outage(suite.registryProxy().orElseThrow(), length);
        }
    }

    /** The SMTP server answering every connection with {@code 421} for a while. */
    record SmtpOutage(Duration length) implements Fault {

        @Override
        public String name() {
            return "smtpdown";
        }

        @Override
        public String description() {
            return "SMTP server refusing (421) for " + length.toSeconds() + " s";
        }

        @Override
        public void inject(LocalSuite suite) throws InterruptedException {
            outage(suite.smtpProxy().orElseThrow(), length);
        }
    }

    private static void outage(OutageProxy proxy, Duration length) throws InterruptedException {
        proxy.refuse();
        try {
            Thread.sleep(length.toMillis());
        } finally {
            proxy.restore();
        }
    }
}
