package com.redress.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class CachingSchemaRegistryClientTest {

    private static final Schema V1 = SchemaBuilder.record("CaseOpened").namespace("com.redress.test").fields()
            .requiredString("caseId").endRecord();
    private static final Schema V2 = SchemaBuilder.record("CaseOpened").namespace("com.redress.test").fields()
            .requiredString("caseId").name("note").type().stringType().stringDefault("").endRecord();

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final CountingSchemaRegistryClient counting = new CountingSchemaRegistryClient(registry);
    private final AtomicLong nanoTime = new AtomicLong();
    private final CachingSchemaRegistryClient cache =
            new CachingSchemaRegistryClient(counting, Duration.ofSeconds(10), nanoTime::get);

    @Test
    void shouldRegisterEachSchemaOnceAndAnswerLookupsFromCache() {
        // Given
        int id = cache.register("cases-value", V1);

        // When
        int again = cache.register("cases-value", V1);
        int lookedUp = cache.idOf("cases-value", V1);
        Schema byId = cache.byId(id);

        // Then
        assertThat(again).isEqualTo(id);
        assertThat(lookedUp).isEqualTo(id);
        assertThat(byId).isEqualTo(V1);
        assertThat(counting.calls()).containsExactly("register cases-value");
    }

    @Test
    void shouldFetchSchemaByIdOnce() {
        // Given
        int id = registry.register("cases-value", V1);

        // When
        cache.byId(id);
        Schema second = cache.byId(id);

        // Then
        assertThat(second).isEqualTo(V1);
        assertThat(counting.calls()).containsExactly("byId " + id);
    }

    @Test
    void shouldReuseLatestVersionUntilTimeToLiveExpires() {
        // Given
        registry.register("cases-value", V1);
        cache.latest("cases-value");
        registry.register("cases-value", V2);

        // When
        nanoTime.addAndGet(Duration.ofSeconds(9).toNanos());
        RegisteredSchema withinTtl = cache.latest("cases-value");
        nanoTime.addAndGet(Duration.ofSeconds(2).toNanos());
        RegisteredSchema afterTtl = cache.latest("cases-value");

        // Then
        assertThat(withinTtl.version()).isEqualTo(1);
        assertThat(afterTtl.version()).isEqualTo(2);
        assertThat(counting.calls()).containsExactly("latest cases-value", "latest cases-value");
    }

    @Test
    void shouldNotCacheFailures() {
        // Given
        assertThatThrownBy(() -> cache.byId(1)).isInstanceOf(SchemaNotFoundException.class);
        registry.register("cases-value", V1);

        // When
        Schema schema = cache.byId(1);

        // Then
        assertThat(schema).isEqualTo(V1);
        assertThat(counting.calls()).containsExactly("byId 1", "byId 1");
    }

    @Test
    void shouldPassCompatibilityCallsThrough() {
        // Given
        registry.register("cases-value", V1);

        // When
        cache.testCompatibility("cases-value", V2);
        cache.testCompatibility("cases-value", V2);

        // Then
        assertThat(counting.calls()).containsExactly("testCompatibility cases-value", "testCompatibility cases-value");
    }
}
