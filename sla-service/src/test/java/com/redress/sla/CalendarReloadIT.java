package com.redress.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.redress.contract.Topics;
import com.redress.events.sla.SlaEvent;
import com.redress.events.sla.SlaEventType;
import com.redress.platform.serde.AvroDeserializer;
import com.redress.sla.calendar.TestCalendars;
import com.redress.testkit.LocalKafkaStack;
import com.redress.testkit.TopicProbe;
import com.redress.testkit.WithLocalKafkaStack;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A calendar file replaced while the service runs, and one replaced while it is stopped, on the real broker: each open
 * clock of the calendar is re-planned once per new version, and neither a restart nor the next reload repeats it.
 */
@SpringBootTest(properties = {
    "redress.sla.policy-pack=classpath:policies/working-days-on-test-calendar.yaml",
    "redress.sla.calendar-refresh=300ms",
    "spring.kafka.streams.application-id=sla-service-calendar-reload-it",
    "spring.kafka.streams.state-dir=${java.io.tmpdir}/redress-it/sla-service-${random.uuid}",
    "spring.kafka.streams.properties.commit.interval.ms=100",
    "spring.kafka.streams.properties.session.timeout.ms=6000",
    "server.port=0"})
@WithLocalKafkaStack
class CalendarReloadIT {

    private static final Path CALENDARS = createDirectory();
    private static final Path CALENDAR_FILE = CALENDARS.resolve("test-reload.yaml");

    @Autowired
    StreamsBuilderFactoryBean streams;

    private KafkaProducer<String, SpecificRecord> producer;
    private TopicProbe<SlaEvent> slaEvents;

    @DynamicPropertySource
    static void calendarsFromADirectory(DynamicPropertyRegistry properties) {
        writeCalendar(1, "");
        properties.add("redress.sla.calendars", () -> CALENDARS.toUri() + "*.yaml");
    }

    @BeforeAll
    static void createInputTopics() {
        SlaTopicClients.createTopics(LocalKafkaStack.shared());
    }

    @BeforeEach
    void connect(LocalKafkaStack stack) {
        producer = SlaTopicClients.caseEventProducer(stack);
        slaEvents = TopicProbe.of(stack.clientProperties(), new AvroDeserializer<>(), Topics.SLA_EVENTS);
    }

    @AfterEach
    void disconnect() {
        producer.close();
        slaEvents.close();
    }

    @Test
    void shouldReplanAnOpenClockOncePerNewCalendarVersionWhetherReloadedWhileRunningOrAtAStart() {
        String caseId = "reload-" + UUID.randomUUID();
        send(caseId);
        SlaEvent started = awaitSingle(caseId, SlaEventType.STARTED, 1);
        assertThat(started.getCalendarVersion()).isEqualTo(1);

        // A holiday within the clock's 15 working days, in a version 2 dropped in while the service runs
        writeCalendar(2, "holidays: [{date: " + aWorkingDayAhead() + ", name: a new holiday}]");
        SlaEvent replanned = awaitSingle(caseId, SlaEventType.REPLANNED, 1);
        assertThat(replanned.getCalendarVersion()).isEqualTo(2);
        assertThat(replanned.getPreviousDeadline()).isEqualTo(started.getDeadline());
        assertThat(replanned.getDeadline()).isAfter(started.getDeadline());

        // A restart on the same version re-plans nothing: a later case shows the restarted service at work
        streams.stop();
        streams.start();
        String laterCase = "reload-" + UUID.randomUUID();
        send(laterCase);
        assertThat(awaitSingle(laterCase, SlaEventType.STARTED, 1).getCalendarVersion()).isEqualTo(2);

        // Version 3 put in force while the stream processing is stopped is applied once at its start
        streams.stop();
        writeCalendar(3, "holidays: [{date: " + aWorkingDayAhead() + ", name: a new holiday}]\n"
                + "makeUpWorkingDays: [{date: " + aSaturdayAhead() + ", name: a Saturday worked}]");
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofMillis(700)).until(() -> true);
        streams.start();
        awaitSingle(laterCase, SlaEventType.REPLANNED, 1);
        List<SlaEvent> replans = awaitSingleEach(caseId, SlaEventType.REPLANNED, 2);
        assertThat(replans).extracting(SlaEvent::getCalendarVersion).containsExactly(2, 3);

        // Nothing more comes of further reloads and ticks
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(eventsOf(caseId, SlaEventType.REPLANNED)).hasSize(2);
            assertThat(eventsOf(laterCase, SlaEventType.REPLANNED)).hasSize(1);
        });
    }

    private SlaEvent awaitSingle(String caseId, SlaEventType type, int count) {
        return awaitSingleEach(caseId, type, count).get(count - 1);
    }

    private List<SlaEvent> awaitSingleEach(String caseId, SlaEventType type, int count) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(eventsOf(caseId, type)).hasSizeGreaterThanOrEqualTo(count));
        return eventsOf(caseId, type);
    }

    private void send(String caseId) {
        producer.send(new ProducerRecord<>(Topics.COMPLAINTS_REGISTERED, caseId,
                CaseEvents.registered(caseId, Instant.now())));
        producer.flush();
    }

    /** This service's events of the case: other tests' SLA services in this JVM read the same input topics. */
    private List<SlaEvent> eventsOf(String caseId, SlaEventType type) {
        return slaEvents.readToEnd().stream().map(ConsumerRecord::value)
                .filter(event -> event.getCaseId().equals(caseId) && event.getType() == type
                        && event.getCalendarId().equals("TEST-reload"))
                .toList();
    }

    /** A weekday at least two days ahead in UTC, so that it lies within any clock started today. */
    private static LocalDate aWorkingDayAhead() {
        LocalDate date = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    private static LocalDate aSaturdayAhead() {
        LocalDate date = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        while (date.getDayOfWeek() != DayOfWeek.SATURDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    private static void writeCalendar(int version, String extra) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String content = TestCalendars.yaml("TEST-reload", version, "UTC", today.minusYears(1).toString(),
                today.plusYears(1).toString(), extra);
        try {
            Path written = Files.writeString(CALENDARS.resolve("test-reload.yaml.tmp"), content);
            Files.move(written, CALENDAR_FILE, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("sla-calendars");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
