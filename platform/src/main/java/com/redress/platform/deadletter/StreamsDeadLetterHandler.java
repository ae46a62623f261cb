package com.redress.platform.deadletter;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.contract.Topics;

/**
 * Kafka Streams handler that sends records it cannot read, or whose results it cannot serialize, to the source topic's
 * dead-letter topic and carries on, so one bad record never stops a topology and none is dropped silently.
 *
 * <p>Configure with {@code deserialization.exception.handler}, {@code processing.exception.handler} and
 * {@code production.exception.handler} (Kafka Streams
 * 4.x; the {@code default.}-prefixed names are deprecated). The dead letter is written by Kafka Streams in the same
 * transaction as the task's progress under exactly-once.
 *
 * <p>A result the broker refuses is retried when the error may pass and otherwise fails the task: Kafka Streams reports
 * such errors from the producer's callback, when the task may already be processing a later record and has released
 * the source record's bytes, so no dead letter could name the right record.
 *
 * <p>Dead letters leave out the original record's {@code kafka_dlt-} and {@code redress_} headers and are fitted to the
 * producer's {@code max.request.size}, as {@link DeadLetterRecords} describes.
 *
 * <p>A record that cannot be read or written because the schema registry is out of reach is not bad (the platform's
 * {@link FailureClassification} says to wait, as it does for listeners): it fails the task instead of being
 * dead-lettered, and {@link com.redress.platform.streams.ReplaceThreadOnTransientFailure} starts
 * a new thread that processes it again.
 */
public class StreamsDeadLetterHandler
        implements DeserializationExceptionHandler, ProcessingExceptionHandler, ProductionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(StreamsDeadLetterHandler.class);

    private int maxRecordBytes = DeadLetterRecords.DEFAULT_MAX_RECORD_BYTES;

    /** The destination is derived from the source topic; the size limit is the producer's {@code max.request.size}. */
    @Override
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        if (configured == null) {
            configured = configs.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        if (configured != null) {
            maxRecordBytes = Integer.parseInt(configured.toString().strip());
        }
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
            ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (waits(exception)) {
            log.warn("Record {}-{}@{} not read: the schema registry is out of reach; failing the task to read it again",
                    record.topic(), record.partition(), record.offset());
            return DeserializationExceptionHandler.Response.fail();
        }
        if (!hasDeadLetterTopic(record.topic())) {
            log.error("Unreadable record on {}-{}@{}, a topic without a dead-letter topic (an internal topic holds "
                    + "only what this application wrote); failing the task", record.topic(), record.partition(),
                    record.offset(), exception);
            return DeserializationExceptionHandler.Response.fail();
        }
        log.warn("Unreadable record from {}-{}@{} sent to dead letters: {}", record.topic(), record.partition(),
                record.offset(), exception.getMessage());
        return DeserializationExceptionHandler.Response.resume(List.of(DeadLetterRecords.of(record.topic(),
                record.partition(), record.offset(), record.timestamp(), record.key(), record.value(),
                record.headers(), exception, maxRecordBytes)));
    }

    /** A record a processor throws on (a poison record) goes to dead letters; the topology carries on with the next. */
    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
            Exception exception) {
        if (!hasDeadLetterTopic(context.topic())) {
            log.error("Processing {}-{}@{} failed in {}, and {} has no dead-letter topic; failing the task",
                    context.topic(), context.partition(), context.offset(), context.processorNodeId(),
                    context.topic(), exception);
            return ProcessingExceptionHandler.Response.fail();
        }
        if (context.sourceRawValue() == null) {
            log.error("Processing {}-{}@{} failed and its source bytes are no longer available for a dead letter; "
                    + "failing the task", context.topic(), context.partition(), context.offset(), exception);
            return ProcessingExceptionHandler.Response.fail();
        }
        log.warn("Processing {}-{}@{} failed in {}; source record sent to dead letters: {}", context.topic(),
                context.partition(), context.offset(), context.processorNodeId(), exception.getMessage());
        return ProcessingExceptionHandler.Response.resume(List.of(DeadLetterRecords.of(context.topic(),
                context.partition(), context.offset(), context.timestamp(), context.sourceRawKey(),
                context.sourceRawValue(), context.headers(), exception, maxRecordBytes)));
    }

    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
            ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) {
            return ProductionExceptionHandler.Response.retry();
        }
        log.error("The broker refused a result for {}; failing the task so that no result is lost", record.topic(),
                exception);
        return ProductionExceptionHandler.Response.fail();
    }

    @Override
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context,
            ProducerRecord record, Exception exception, SerializationExceptionOrigin origin) {
        if (waits(exception)) {
            log.warn("A result for {} not written: the schema registry is out of reach; failing the task to process "
                    + "its source again", record.topic());
            return ProductionExceptionHandler.Response.fail();
        }
        return deadLetterOfSource(context, record.topic(), exception);
    }

    private ProductionExceptionHandler.Response deadLetterOfSource(ErrorHandlerContext context, String outputTopic,
            Exception exception) {
        if (context == null || context.topic() == null) {
            log.error("Could not write to {} outside of a source record; failing the task", outputTopic, exception);
            return ProductionExceptionHandler.Response.fail();
        }
        if (!hasDeadLetterTopic(context.topic())) {
            log.error("Could not write a result of {}-{}@{} to {}, and {} has no dead-letter topic; failing the task",
                    context.topic(), context.partition(), context.offset(), outputTopic, context.topic(), exception);
            return ProductionExceptionHandler.Response.fail();
        }
        if (context.sourceRawValue() == null) {
            // Kafka Streams releases the source bytes once a first result of the record is sent.
            log.error("Could not write a result of {}-{}@{} to {} and the source record's bytes are no longer "
                    + "available for a dead letter; failing the task", context.topic(), context.partition(),
                    context.offset(), outputTopic, exception);
            return ProductionExceptionHandler.Response.fail();
        }
        log.warn("Result for {}-{}@{} could not be written to {}; source record sent to dead letters: {}",
                context.topic(), context.partition(), context.offset(), outputTopic, exception.getMessage());
        return ProductionExceptionHandler.Response.resume(List.of(DeadLetterRecords.of(context.topic(),
                context.partition(), context.offset(), context.timestamp(), context.sourceRawKey(),
                context.sourceRawValue(), context.headers(), exception, maxRecordBytes)));
    }

    /** Whether {@code failure} is an outage to wait out, by the platform's {@link FailureClassification}. */
    private static boolean waits(Exception failure) {
        return FailureClassification.PLATFORM.handlingOf(failure) == FailureHandling.WAIT;
    }

    /** Catalog topics have a dead-letter topic; internal ones (repartition, changelog) do not. */
    private static boolean hasDeadLetterTopic(String topic) {
        return topic != null && Topics.find(Topics.deadLetterOf(topic)).isPresent();
    }
}
