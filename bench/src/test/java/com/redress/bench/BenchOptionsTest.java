package com.redress.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchOptionsTest {

    @Test
    void shouldRunEveryPhaseWithAMillionOpenCasesByDefault() {
        // When parsed without options
        BenchOptions options = BenchOptions.parse("--root=/repo");

        // Then it is the full run on the checkout's own services
        assertThat(options.mode()).isEqualTo("full");
        assertThat(options.phases()).isEqualTo(BenchOptions.ALL_PHASES);
        assertThat(options.slaCases()).isEqualTo(1_000_000);
        assertThat(options.latencyRates()).containsExactly(200, 1000);
        assertThat(options.servicesRoot()).isEqualTo(Path.of("/repo"));
    }

    @Test
    void shouldLetSettingsOverrideTheQuickMode() {
        // When the quick mode is asked for with some settings of its own
        BenchOptions options = BenchOptions.parse("--root=/repo", "--quick", "--phases=raw,deadlines",
                "--sla-cases=5000", "--sla-lead=PT20S", "--rates=50,100", "--no-restart", "--services-from=/jars",
                "--sla-arg=redress.sla.tick=500ms");

        // Then those settings win and the rest stay quick
        assertThat(options.mode()).isEqualTo("quick");
        assertThat(options.phases()).isEqualTo(Set.of("raw", "deadlines"));
        assertThat(options.slaCases()).isEqualTo(5000);
        assertThat(options.slaLead()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.throughputRates()).containsExactly(50, 100);
        assertThat(options.slaRestart()).isFalse();
        assertThat(options.servicesRoot()).isEqualTo(Path.of("/jars"));
        assertThat(options.repositoryRoot()).isEqualTo(Path.of("/repo"));
        assertThat(options.slaArguments()).containsExactly("--redress.sla.tick=500ms");
    }

    @Test
    void shouldLoadAMillionCasesForTheHistoryPhaseUnlessToldOtherwise() {
        // When the history phase is asked for, once with its defaults and once with settings of its own
        BenchOptions defaults = BenchOptions.parse("--root=/repo", "--phases=history");
        BenchOptions chosen = BenchOptions.parse("--root=/repo", "--phases=history", "--history-cases=200000",
                "--history-instances=2", "--history-ready-timeout=PT20M", "--history-max-heap=6g",
                "--history-build-timeout=PT2H");

        // Then the defaults are a million cases and one instance, and the settings win
        assertThat(defaults.history().cases()).isEqualTo(1_000_000);
        assertThat(defaults.history().instances()).isEqualTo(1);
        assertThat(chosen.history().cases()).isEqualTo(200_000);
        assertThat(chosen.history().instances()).isEqualTo(2);
        assertThat(chosen.history().readyTimeout()).isEqualTo(Duration.ofMinutes(20));
        assertThat(chosen.history().jvmOptions()).contains("-Xmx6g");
        assertThat(defaults.history().buildTimeout()).isEqualTo(Duration.ofMinutes(90));
        assertThat(chosen.history().buildTimeout()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void shouldRunTheHistoryPhaseOnlyOnItsOwn() {
        assertThat(BenchOptions.parse("--root=/repo").phases()).doesNotContain(BenchOptions.HISTORY_PHASE);
        assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--root=/repo",
                "--phases=history,latency"));
        assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--root=/repo",
                "--history-instances=3"));
    }

    @Test
    void shouldRefuseUnknownOptionsAndPhases() {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--root=/repo", "--fast"));
        assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse("--root=/repo", "--phases=soak"));
    }
}
