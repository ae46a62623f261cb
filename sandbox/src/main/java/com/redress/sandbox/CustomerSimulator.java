package com.redress.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.testkit.suite.MailText;
import com.redress.testkit.suite.NewMail;

/**
 * Plays the customers who answer their satisfaction survey: reads the mailbox, follows each survey link it has not
 * answered yet and posts a score, mostly content, sometimes not.
 */
final class CustomerSimulator {

    private static final Logger log = LoggerFactory.getLogger(CustomerSimulator.class);
    private static final Pattern SURVEY_LINK = Pattern.compile("/surveys/([A-Za-z0-9_~.-]+)");
    private static final Duration POLL = Duration.ofSeconds(3);

    private final NewMail mailbox;
    private final URI notification;
    private final Set<String> answered = new HashSet<>();
    private final Random random = new Random(42);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    CustomerSimulator(Supplier<List<MimeMessage>> mailbox, URI notification) {
        this.mailbox = new NewMail(mailbox);
        this.notification = notification;
    }

    void start(ScheduledExecutorService scheduler) {
        scheduler.scheduleWithFixedDelay(this::answerNewSurveys, POLL.toMillis(), POLL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void answerNewSurveys() {
        for (MimeMessage message : mailbox.next()) {
            surveyToken(message).filter(answered::add).ifPresent(this::answer);
        }
    }

    static Optional<String> surveyToken(MimeMessage message) {
        Matcher link = SURVEY_LINK.matcher(MailText.of(message));
        return link.find() ? Optional.of(link.group(1)) : Optional.empty();
    }

    private void answer(String token) {
        int csat = random.nextInt(10) < 7 ? 4 + random.nextInt(2) : 1 + random.nextInt(3);
        int nps = Math.min(10, csat * 2 + random.nextInt(2));
        String body = "{\"csat\": " + csat + ", \"nps\": " + nps + ", \"comment\": \""
                + (csat >= 4 ? "处理及时，谢谢。" : "The answer took too long.") + "\"}";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            notification.resolve("/api/v1/surveys/" + token))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                log.warn("Survey answer refused with {}: {}", response.statusCode(), response.body());
            }
        } catch (IOException e) {
            log.warn("Survey answer not sent: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
