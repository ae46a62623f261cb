package com.redress.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxOptionsTest {

    @Test
    void shouldDefaultToStandardPortsAndDemoTraffic(@TempDir Path checkout) throws Exception {
        givenCheckout(checkout);

        SandboxOptions options = SandboxOptions.parse("--root=" + checkout);

        assertThat(options.standardPorts()).isTrue();
        assertThat(options.demoInterval()).isEqualTo(SandboxOptions.DEFAULT_DEMO_INTERVAL);
        assertThat(options.repositoryRoot()).isEqualTo(checkout);
    }

    @Test
    void shouldTurnDemoOffAndPortsFree(@TempDir Path checkout) throws Exception {
        givenCheckout(checkout);

        SandboxOptions options = SandboxOptions.parse("--root=" + checkout, "--no-demo", "--any-ports");

        assertThat(options.demoInterval()).isNull();
        assertThat(options.standardPorts()).isFalse();
    }

    @Test
    void shouldReadTheDemoInterval(@TempDir Path checkout) throws Exception {
        givenCheckout(checkout);

        assertThat(SandboxOptions.parse("--root=" + checkout, "--demo-interval=PT0.5S").demoInterval())
                .isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void shouldRejectAnUnknownOptionNamingTheKnownOnes() {
        assertThatThrownBy(() -> SandboxOptions.parse("--verbose"))
                .hasMessageContaining("--verbose").hasMessageContaining("--no-demo");
    }

    @Test
    void shouldFindTheCheckoutFromASubdirectory(@TempDir Path checkout) throws Exception {
        givenCheckout(checkout);
        Path deep = Files.createDirectories(checkout.resolve("sandbox/target/classes"));

        assertThat(SandboxOptions.findRepositoryRoot(deep)).isEqualTo(checkout.toAbsolutePath());
    }

    @Test
    void shouldSayHowToRunWhenOutsideACheckout(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> SandboxOptions.findRepositoryRoot(elsewhere)).hasMessageContaining("--root=DIR");
    }

    private static void givenCheckout(Path checkout) throws Exception {
        Files.createDirectories(checkout.resolve("sandbox"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Files.writeString(checkout.resolve("sandbox/pom.xml"), "<project/>");
    }
}
