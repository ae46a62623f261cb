/**
 * Avro serializer, deserializer and Kafka Streams serde in the Confluent wire format, configured with Confluent's
 * keys so that Confluent's own classes can replace them by configuration alone.
 */
package com.redress.platform.serde;
