package com.redress.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import com.redress.contract.Topics;
import com.redress.events.intake.ChannelSubmission;
import com.redress.events.intake.FirstContactOwner;
import com.redress.events.intake.SubmittedContact;
import com.redress.platform.serde.AvroSerializer;

/**
 * Plays the channel systems at a steady pace: the demo corpus's complaints go alternately to
 * {@code complaints.submitted} in the Confluent wire format and to intake's REST API, each with a fresh channel message
 * id; every tenth is sent again as a channel would on a retry, so de-duplication has something to do; every fortieth
 * is a record that is not Avro at all, as a misconfigured channel would send, so the dead-letter path shows; and every
 * third case registered over REST is handled through to closure (see {@link CaseHandlerSimulator}), after which its
 * customer answers the survey (see {@link CustomerSimulator}).
 */
final class DemoChannelSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoChannelSimulator.class);
    private static final String CORPUS = "/demo/complaints.jsonl";
    private static final int REPLAY_EVERY = 10;
    private static final int MALFORMED_EVERY = 40;
    private static final byte[] MALFORMED = "{\"channel\":\"web\",\"text\":\"sent as JSON, not Avro\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final List<DemoComplaint> corpus;
    private final KafkaProducer<String, byte[]> producer;
    private final AvroSerializer<ChannelSubmission> serializer;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "demo-channel-simulator");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong sent = new AtomicLong();
    private final CaseHandlerSimulator caseHandlers;
    private final CustomerSimulator customers;
    private ChannelSubmission previous;
    private long restCases;

    DemoChannelSimulator(String bootstrapServers, String schemaRegistryUrl, URI intake, Duration handlingStep,
            CustomerSimulator customers) {
        this.caseHandlers = new CaseHandlerSimulator(intake, scheduler, handlingStep);
        this.customers = customers;
        this.corpus = loadCorpus();
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "demo-channel-simulator");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put("schema.registry.url", schemaRegistryUrl);
        // a channel system only writes with a schema the owner of the topic has registered
        config.put("auto.register.schemas", false);
        this.serializer = serializer(config);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    void start(Duration interval) {
        scheduler.scheduleAtFixedRate(this::sendNext, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        customers.start(scheduler);
    }

    long sent() {
        return sent.get();
    }

    private void sendNext() {
        try {
            long n = sent.getAndIncrement();
            if (n > 0 && n % MALFORMED_EVERY == 0) {
                producer.send(new ProducerRecord<>(Topics.COMPLAINTS_SUBMITTED, "web:malformed-" + n, MALFORMED));
                return;
            }
            DemoComplaint complaint = corpus.get((int) (n % corpus.size()));
            ChannelSubmission submission = n > 0 && n % REPLAY_EVERY == 0 && previous != null
                    ? previous
                    : submissionOf(complaint, n);
            if (n % 2 == 0) {
                producer.send(new ProducerRecord<>(Topics.COMPLAINTS_SUBMITTED,
                        submission.getChannel() + ":" + submission.getChannelMessageId(),
                        serializer.serialize(Topics.COMPLAINTS_SUBMITTED, submission)));
            } else {
                caseHandlers.submit(complaint, submission.getChannelMessageId())
                        .filter(caseId -> restCases++ % 3 == 0)
                        .ifPresent(caseId -> caseHandlers.handle(caseId, complaint));
            }
            previous = submission;
        } catch (RuntimeException e) {
            log.warn("Demo complaint not sent: {}", e.getMessage());
        }
    }

    static ChannelSubmission submissionOf(DemoComplaint complaint, long sequence) {
        Instant now = Instant.now();
        return ChannelSubmission.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(null)
                .setOccurredAt(now)
                .setSource("demo-" + complaint.channel().replace(' ', '-'))
                .setChannel(complaint.channel())
                .setChannelMessageId("DEMO-" + now.toEpochMilli() + "-" + sequence)
                .setReceivedAt(now)
                .setReceivedZoneId(complaint.zone())
                .setCustomerReference(complaint.customerReference())
                .setContact(SubmittedContact.newBuilder()
                        .setPhone(complaint.phone())
                        .setEmail(complaint.email())
                        .setAppPushId(null)
                        .setPreferredContactChannel(complaint.email() != null ? "email" : "sms")
                        .setPreferredLanguage(complaint.language())
                        .build())
                .setCustomerSegment(complaint.segment())
                .setProduct(complaint.product())
                .setAmountAsWritten(complaint.amount())
                .setText(complaint.text())
                .setChannelCodes(complaint.codes() == null ? Map.of() : complaint.codes())
                .setFirstContactOwner(FirstContactOwner.newBuilder()
                        .setStaffId("AGENT-" + (100 + sequence % 7))
                        .setUnitId("DEMO-CENTRE")
                        .build())
                .build();
    }

    static List<DemoComplaint> loadCorpus() {
        try (InputStream in = DemoChannelSimulator.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IllegalStateException("Demo corpus " + CORPUS + " missing from the classpath");
            }
            JsonMapper mapper = JsonMapper.builder().build();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> mapper.readValue(line, DemoComplaint.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AvroSerializer<ChannelSubmission> serializer(Map<String, Object> config) {
        AvroSerializer<ChannelSubmission> serializer = new AvroSerializer<>();
        serializer.configure(config, false);
        return serializer;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        producer.close(Duration.ofSeconds(5));
        serializer.close();
    }
}
