package com.redress.platform.streams;

import org.apache.kafka.common.serialization.Serde;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * spring-kafka's Jackson JSON serde for a service's own state-store and repartition records, which never leave the
 * service and so need no registered schema.
 *
 * <p>The JSON is the bare value, with no type-information headers, and is read back leniently enough that a field
 * added later does not break the restore of an older changelog. It is the same JSON the stores and changelogs have
 * held since the first release, so existing state stays readable.
 */
public final class JsonStateSerdes {

    /** Records and plain classes by their properties; unknown fields of older or newer state are ignored. */
    public static final JsonMapper STATE_JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonStateSerdes() {
    }

    /** A serde of {@code type} as {@link #STATE_JSON} writes it. */
    public static <T> Serde<T> of(Class<T> type) {
        return of(type, STATE_JSON);
    }

    /** A serde of {@code type} as {@code mapper} writes it, for state whose JSON is shaped differently. */
    public static <T> Serde<T> of(Class<T> type, JsonMapper mapper) {
        return new JacksonJsonSerde<T>(type, mapper).noTypeInfo().ignoreTypeHeaders();
    }
}
