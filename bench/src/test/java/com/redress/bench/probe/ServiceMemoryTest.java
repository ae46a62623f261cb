package com.redress.bench.probe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceMemoryTest {

    @Test
    void shouldSumTheHeapPoolsAndIgnoreNonHeapMemory() {
        // Given a Prometheus exposition with two heap pools and one non-heap pool
        String exposition = """
                # HELP jvm_memory_used_bytes The amount of used memory
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{area="heap",id="Tenured Gen",service="sla-service"} 1.048576E8
                jvm_memory_used_bytes{area="heap",id="Eden Space",service="sla-service"} 2.097152E7
                jvm_memory_used_bytes{area="nonheap",id="Metaspace",service="sla-service"} 9.0E7
                jvm_memory_max_bytes{area="heap",id="Tenured Gen",service="sla-service"} 3.5E8
                """;

        // When the heap in use is read
        long heap = ServiceMemory.heapUsedBytes(exposition);

        // Then it is the sum of the heap pools' used bytes
        assertThat(heap).isEqualTo(104_857_600L + 20_971_520L);
    }
}
