package com.redress.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiveSummaryTest {

    @Test
    void shouldShortenTopicNamesSoTheLineFitsATerminal() {
        assertThat(LiveSummary.shortName("complaints.registered")).isEqualTo("registered");
        assertThat(LiveSummary.shortName("sla.events")).isEqualTo("sla");
        assertThat(LiveSummary.shortName("notifications.requested")).isEqualTo("notifications requested");
        assertThat(LiveSummary.shortName("notifications.outcomes")).isEqualTo("notifications outcomes");
        assertThat(LiveSummary.shortName("surveys.responses")).isEqualTo("surveys");
    }
}
