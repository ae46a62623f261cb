package com.redress.bench.probe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeapAfterGcTest {

    @Test
    void shouldSumTheGenerationsOfASerialHeapAndLeaveMetaspaceOut() {
        // Given what jcmd GC.heap_info prints for a JVM with the serial collector
        String heapInfo = """
                16544:
                 def new generation   total 116224K, used 1024K [0x0000000687400000, 0x000000068f210000)
                  eden space 103360K,   0% used [0x0000000687400000, 0x0000000687400000, 0x000000068d8f0000)
                  from space 12864K,   0% used [0x000000068d8f0000, 0x000000068d8f0000, 0x000000068e580000)
                  to   space 12864K,   0% used [0x000000068e580000, 0x000000068e580000, 0x000000068f210000)
                 tenured generation   total 258048K, used 2241K [0x0000000704d50000, 0x0000000714950000)
                   the space 258048K,   0% used [0x0000000704d50000, 0x0000000704f80578, 0x0000000714950000)
                 Metaspace       used 8963K, committed 9152K, reserved 1114112K
                  class space    used 1062K, committed 1152K, reserved 1048576K
                """;

        // When the heap in use is read from it
        // Then it is the two generations' used kilobytes, in bytes
        assertThat(HeapAfterGc.usedBytes(heapInfo)).hasValue((1024L + 2241L) * 1024);
    }

    @Test
    void shouldReadTheG1HeapToo() {
        String heapInfo = """
                 garbage-first heap   total 262144K, used 45678K [0x00000000f0000000, 0x0000000100000000)
                  region size 1024K, 3 young (3072K), 1 survivors (1024K)
                 Metaspace       used 8963K, committed 9152K, reserved 1114112K
                """;

        assertThat(HeapAfterGc.usedBytes(heapInfo)).hasValue(45678L * 1024);
    }

    @Test
    void shouldSayNothingWhenTheAnswerNamesNoHeap() {
        assertThat(HeapAfterGc.usedBytes("12345:\ncom.sun.tools.attach.AttachNotSupportedException")).isEmpty();
    }
}
