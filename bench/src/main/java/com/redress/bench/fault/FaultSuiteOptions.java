package com.redress.bench.fault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.redress.testkit.suite.Checkout;

/**
 * What the fault suite runs: {@code --rate=200} complaints a second, {@code --load=PT40S} of them per fault (an
 * outage's load lasts from before it starts until after it ends), the fault {@code --fault-after=PT10S}, outages of
 * {@code --outage=PT60S}, at most {@code --settle=PT5M} for the accounts to settle, {@code --only=killgrading,...}
 * to run some faults, and {@code --rounds=3} to run them all several times (a crash's timing varies).
 */
record FaultSuiteOptions(Path repositoryRoot, int rate, Duration load, Duration faultAfter, Duration outage,
        Duration settle, List<Fault> faults, int rounds) {

    /** How long an outage's load goes on after it ends. */
    static final Duration AFTER_OUTAGE = Duration.ofSeconds(10);
    private static final int MOST_ROUNDS = 26;

    static FaultSuiteOptions parse(String[] args) {
        int rate = 200;
        Duration load = Duration.ofSeconds(40);
        Duration faultAfter = Duration.ofSeconds(10);
        Duration outage = Duration.ofSeconds(60);
        Duration settle = Duration.ofMinutes(5);
        Set<String> only = Set.of();
        int rounds = 1;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--rate=")) {
                rate = Integer.parseInt(value);
            } else if (arg.startsWith("--load=")) {
                load = Duration.parse(value);
            } else if (arg.startsWith("--fault-after=")) {
                faultAfter = Duration.parse(value);
            } else if (arg.startsWith("--outage=")) {
                outage = Duration.parse(value);
            } else if (arg.startsWith("--settle=")) {
                settle = Duration.parse(value);
            } else if (arg.startsWith("--rounds=")) {
                rounds = Integer.parseInt(value);
                if (rounds < 1 || rounds > MOST_ROUNDS) {
                    throw new IllegalArgumentException("--rounds must be 1 to " + MOST_ROUNDS + ", not " + value);
                }
            } else if (arg.startsWith("--only=")) {
                only = Set.copyOf(Arrays.asList(value.split(",")));
            } else {
                throw new IllegalArgumentException("Unknown option " + arg + "; options: --rate=N --load=PT40S "
                        + "--fault-after=PT10S --outage=PT60S --settle=PT5M --only=killintake,smtpdown,... --rounds=N");
            }
        }
        Set<String> selected = only;
        List<Fault> faults = FaultSuite.allFaults(outage).stream()
                .filter(fault -> selected.isEmpty() || selected.contains(fault.name()))
                .toList();
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("--only names no fault of " + FaultSuite.allFaults(outage).stream()
                    .map(Fault::name).toList());
        }
        return new FaultSuiteOptions(checkout(), rate, load, faultAfter, outage, settle, faults, rounds);
    }

    /** How long complaints are driven for {@code fault}: an outage is surrounded by load on both sides. */
    Duration loadFor(Fault fault) {
        if (fault instanceof Fault.RegistryOutage || fault instanceof Fault.SmtpOutage) {
            Duration aroundOutage = faultAfter.plus(outage).plus(AFTER_OUTAGE);
            return aroundOutage.compareTo(load) > 0 ? aroundOutage : load;
        }
        return load;
    }

    private static Path checkout() {
        return Checkout.holding("bench", Path.of("")).orElseThrow(() -> new IllegalStateException(
                "Run the fault suite from the Redress checkout: no bench/pom.xml above " + Path.of("").toAbsolutePath()));
    }
}
