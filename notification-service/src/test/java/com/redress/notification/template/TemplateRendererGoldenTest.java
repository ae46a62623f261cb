package com.redress.notification.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.redress.events.common.NotificationChannel;
import com.redress.events.notification.MessageKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message kind in every language on every channel, compared with the golden files under
 * {@code src/test/resources/golden}. After an intended template change, regenerate them with
 * {@code -Dgolden.update=true} and review the diff.
 */
class TemplateRendererGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final List<String> LANGUAGES = List.of("zh-CN", "en");
    private static final List<MessageKind> CUSTOMER_KINDS = List.of(MessageKind.ACKNOWLEDGEMENT, MessageKind.PROGRESS,
            MessageKind.RESULT, MessageKind.SURVEY);

    private final TemplateRenderer renderer = new TemplateRenderer(new TemplateProperties("templates/notification", 1,
            LANGUAGES));

    static Stream<Arguments> customerMessages() {
        return CUSTOMER_KINDS.stream().flatMap(kind -> LANGUAGES.stream().map(language -> Arguments.of(kind, language)));
    }

    static Stream<String> languages() {
        return LANGUAGES.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("customerMessages")
    void shouldRenderCustomerMessageOnEveryChannelAsInTheGoldenFile(MessageKind kind, String language)
            throws IOException {
        Map<String, Object> model = CustomerModels.forKind(kind);

        String rendered = section("email subject", email(kind, language, model).subject())
                + section("email text", email(kind, language, model).text())
                + section("email html", email(kind, language, model).html())
                + section("sms", sms(renderer.render(kind, language, NotificationChannel.SMS, model)))
                + section("push", push(renderer.render(kind, language, NotificationChannel.PUSH, model)));

        assertMatchesGolden(kind.name().toLowerCase(Locale.ROOT) + "-" + language + ".txt", rendered);
    }

    @ParameterizedTest(name = "staff escalation in {0}")
    @MethodSource("languages")
    void shouldRenderStaffEscalationAsInTheGoldenFile(String language) throws IOException {
        Map<String, Object> model = CustomerModels.staffBreach();

        RenderedEmail email = email(MessageKind.STAFF_ESCALATION, language, model);

        assertMatchesGolden("staff-escalation-" + language + ".txt", section("email subject", email.subject())
                + section("email text", email.text()) + section("email html", email.html()));
    }

    private RenderedEmail email(MessageKind kind, String language, Map<String, Object> model) {
        return (RenderedEmail) renderer.render(kind, language, NotificationChannel.EMAIL, model);
    }

    private static String sms(RenderedMessage message) {
        RenderedSms sms = (RenderedSms) message;
        return sms.text() + "\n[" + sms.encoding() + ", " + sms.text().length() + " characters, " + sms.segments()
                + " segment(s)]";
    }

    private static String push(RenderedMessage message) {
        RenderedPush push = (RenderedPush) message;
        return push.title() + "\n" + push.body();
    }

    private static String section(String name, String content) {
        return "=== " + name + " ===\n" + content.stripTrailing() + "\n";
    }

    private static void assertMatchesGolden(String fileName, String rendered) throws IOException {
        Path golden = GOLDEN.resolve(fileName);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (regenerate with -Dgolden.update=true)", golden).exists();
        assertThat(rendered).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** Template values as the handlers produce them, with customer text that needs escaping in HTML. */
    static final class CustomerModels {

        private CustomerModels() {
        }

        static Map<String, Object> forKind(MessageKind kind) {
            Map<String, Object> model = new HashMap<>(Map.of("caseId", "case-7f3a", "caseNumber", "CMP-20250314-000123",
                    "receivedOn", "2025-03-14", "tier", 3, "ownerStaffId", "E10023871", "ownerUnitId", "BR-310101-003"));
            switch (kind) {
                case PROGRESS -> {
                    model.put("awaitingCustomer", true);
                    model.put("note", "请提供 3 月 12 日的交易凭证 <PDF & 截图>");
                }
                case RESULT -> {
                    model.put("partiallyUpheld", true);
                    model.put("resolvedOn", "2025-03-20");
                    model.put("responsibleParty", "第三方商户 \"Merchant & Co\"");
                    model.put("remedy", "退还年费 <script>alert(1)</script>");
                    model.put("amountRefunded", "CNY 1,200.00");
                    model.put("nextSteps", "如有异议可于 30 日内申请复核");
                    model.put("regulatorRecourse", true);
                }
                case SURVEY -> {
                    model.put("surveyUrl", "https://bank.example/survey/abc.def?x=1&y=2");
                    model.put("surveyExpiresOn", "2025-04-19");
                }
                default -> {
                }
            }
            return model;
        }

        static Map<String, Object> staffBreach() {
            Map<String, Object> model = new HashMap<>(forKind(MessageKind.STAFF_ESCALATION));
            model.put("tier", 1);
            model.put("clockKind", "EMERGENCY_RESPONSE");
            model.put("targetDescription", "15 minutes");
            model.put("deadline", "2025-03-14 10:15 (Asia/Shanghai)");
            model.put("breached", true);
            model.put("escalationTarget", "senior-management");
            return model;
        }
    }
}
