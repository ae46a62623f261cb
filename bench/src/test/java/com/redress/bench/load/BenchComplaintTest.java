package com.redress.bench.load;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchComplaintTest {

    @Test
    void shouldCarryItsBatchInTheChannelMessageIdSoEventsCanBeMatchedToTheStep() {
        // Given a complaint of batch tp400
        BenchComplaint complaint = BenchComplaint.of("tp400", 17, Instant.EPOCH);

        // Then its batch is read back from the id intake copies into the registration
        assertThat(BenchComplaint.batchOf(complaint.channelMessageId())).isEqualTo("tp400");
        assertThat(BenchComplaint.batchOf("DEMO-1732500000000-3")).isNull();
        assertThat(BenchComplaint.batchOf(null)).isNull();
    }

    @Test
    void shouldRefuseABatchNameThatWouldMakeTheIdAmbiguous() {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchComplaint.of("tp-400", 1, Instant.EPOCH));
    }
}
