package com.redress.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.redress.events.common.NotificationChannel;
import com.redress.events.notification.MessageKind;
import com.redress.events.notification.NotificationStatus;
import com.redress.notification.cases.CaseView;
import com.redress.notification.channel.ChannelSender;
import com.redress.notification.channel.OutgoingMessage;
import com.redress.notification.contact.ContactDecryptor;
import com.redress.notification.contact.ContactUnavailableException;
import com.redress.notification.contact.CustomerContact;
import com.redress.notification.staff.StaffDirectory;
import com.redress.notification.staff.StaffRecipients;
import com.redress.notification.template.ModelValues;
import com.redress.notification.template.TemplateRenderer;

/**
 * Delivers one planned message at most once: suppresses what the ledger shows as sent, settles a send a crash cut off
 * (recorded as begun, with no outcome), addresses the customer
 * (preferred channel, then fallback, quiet hours) or the staff roles, renders and sends; a customer message that
 * only quiet channels could take is reported held back, for the planning to request again after them.
 */
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int MAJOR_TIER = 1;
    private static final String PUSH_RECIPIENT = "app-push";
    private static final DateTimeFormatter QUIET_HOURS_END = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TemplateRenderer renderer;
    private final ContactDecryptor contacts;
    private final StaffDirectory staff;
    private final String staffLanguage;
    private final Map<NotificationChannel, ChannelSender> senders;
    private final ChannelChooser chooser;
    private final RetryingSender retryingSender;
    private final OutcomePublisher outcomes;
    private final DeliveryLedger ledger;
    private final InterruptedSends interruptedSends;
    private final DeliveryProperties.QuietHours quietHours;
    private final Clock clock;

    public NotificationDispatcher(TemplateRenderer renderer, ContactDecryptor contacts, StaffDirectory staff,
            String staffLanguage, List<ChannelSender> senders, RetryingSender retryingSender,
            OutcomePublisher outcomes, DeliveryLedger ledger, DeliveryMetrics metrics, DeliveryProperties properties,
            Clock clock) {
        this.renderer = renderer;
        this.contacts = contacts;
        this.staff = staff;
        this.staffLanguage = renderer.languageFor(staffLanguage);
        this.senders = new HashMap<>();
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.chooser = new ChannelChooser(properties.fallbackOrder(), this.senders.keySet());
        this.retryingSender = retryingSender;
        this.outcomes = outcomes;
        this.ledger = ledger;
        this.interruptedSends = new InterruptedSends(ledger, this.senders, outcomes, metrics);
        this.quietHours = properties.quietHours();
        this.clock = clock;
    }

    /**
     * Delivers the message of {@code request} unless it was delivered before.
     *
     * @throws DeliveryFailedException when every channel refused it for good; a replay of the request may succeed
     *     once the cause is fixed
     * @throws ChannelsUnavailableException when no channel that could take it was reachable, or a cut-off send cannot
     *     be settled now; reading the request again later will
     */
    public void dispatch(NotificationRequest request) {
        CaseView caseView = request.caseView();
        MessageKind kind = request.planned().kind();
        DeliveryKey unaddressed = new DeliveryKey(caseView.caseId(), request.eventId(), kind,
                NotificationChannel.UNKNOWN);
        Optional<NotificationChannel> sentOn = ledger.sentOn(unaddressed);
        if (sentOn.isPresent()) {
            suppressDuplicate(unaddressed.on(sentOn.get()), caseView);
            return;
        }
        if (interruptedSends.settledAsDelivered(unaddressed)) {
            return;
        }
        if (request.planned().toStaff()) {
            dispatchToStaff(request, unaddressed.on(NotificationChannel.EMAIL));
        } else {
            dispatchToCustomer(request, unaddressed);
        }
    }

    private void dispatchToCustomer(NotificationRequest request, DeliveryKey unaddressed) {
        CaseView caseView = request.caseView();
        String language = renderer.languageFor(caseView.language());
        String templateId = renderer.templateId(unaddressed.kind());
        if (caseView.encryptedContact() == null) {
            fail(unaddressed, templateId, language, "none", "customer gave no contact details");
            return;
        }
        CustomerContact contact;
        try {
            contact = contacts.decrypt(caseView.encryptedContact(), caseView.caseId());
        } catch (ContactUnavailableException e) {
            fail(unaddressed, templateId, language, "none", "contact details unavailable: " + e.getMessage());
            throw new DeliveryFailedException("Contact details of the case unavailable for " + unaddressed);
        }
        List<NotificationChannel> candidates = chooser.candidates(caseView.preferredChannels(), contact);
        if (candidates.isEmpty()) {
            fail(unaddressed, templateId, language, "none", "no channel has both a contact and a sender");
            return;
        }
        Map<String, Object> model = model(request);
        List<NotificationChannel> quiet = quietChannels(candidates, caseView);
        String quietReason = quiet.size() == candidates.size()
                ? "deferred until " + endOfQuietHours(caseView) + " (quiet hours)"
                : "quiet hours " + quietHours.start() + "-" + quietHours.end() + " local time";
        boolean anyRefused = false;
        boolean anyUnavailable = false;
        for (NotificationChannel channel : candidates) {
            DeliveryKey key = unaddressed.on(channel);
            String masked = maskedRecipient(caseView, channel);
            if (quiet.contains(channel)) {
                outcomes.publish(new DeliveryAttempt(key, ledger.nextAttempt(key), templateId, language, masked),
                        NotificationStatus.SUPPRESSED_QUIET_HOURS, quietReason, null);
                continue;
            }
            OutgoingMessage message = new OutgoingMessage(key, List.of(contact.addressFor(channel).orElseThrow()),
                    renderer.render(unaddressed.kind(), language, channel, model));
            SendResult result = retryingSender.send(senders.get(channel), message, templateId, language, masked);
            if (result == SendResult.SENT) {
                log.info("Sent {} for case {} on {}", unaddressed.kind(), caseView.caseId(), channel);
                return;
            }
            anyRefused |= result == SendResult.REFUSED;
            anyUnavailable |= result == SendResult.UNAVAILABLE;
        }
        if (!quiet.isEmpty()) {
            // the planning reads the held-back outcome and requests the message again once the quiet hours are over
            log.info("Deferred {} for case {} until the quiet hours end", unaddressed.kind(), caseView.caseId());
            return;
        }
        if (anyUnavailable) {
            throw new ChannelsUnavailableException("No channel reachable for " + unaddressed);
        }
        if (anyRefused) {
            throw new DeliveryFailedException("No channel took " + unaddressed);
        }
    }

    private void dispatchToStaff(NotificationRequest request, DeliveryKey key) {
        CaseView caseView = request.caseView();
        String templateId = renderer.templateId(key.kind());
        StaffRecipients recipients = staff.recipients(request.planned().staffRoles(), caseView);
        ChannelSender email = senders.get(NotificationChannel.EMAIL);
        if (recipients.isEmpty() || email == null) {
            fail(key, templateId, staffLanguage, "staff", "no staff address or e-mail sender configured");
            return;
        }
        OutgoingMessage message = new OutgoingMessage(key, recipients.addresses(),
                renderer.render(key.kind(), staffLanguage, NotificationChannel.EMAIL, model(request)));
        SendResult result = retryingSender.send(email, message, templateId, staffLanguage, recipients.describeRoles());
        if (result == SendResult.UNAVAILABLE) {
            throw new ChannelsUnavailableException("Staff escalation waits for the mail server: " + key);
        }
        if (result == SendResult.REFUSED) {
            throw new DeliveryFailedException("Staff escalation not delivered: " + key);
        }
        log.info("Sent {} for case {} to {}", key.kind(), caseView.caseId(), recipients.describeRoles());
    }

    private void suppressDuplicate(DeliveryKey sentKey, CaseView caseView) {
        String language = renderer.languageFor(caseView.language());
        outcomes.publish(new DeliveryAttempt(sentKey, ledger.nextAttempt(sentKey), renderer.templateId(sentKey.kind()),
                language, maskedRecipient(caseView, sentKey.channel())), NotificationStatus.SUPPRESSED_DUPLICATE,
                "already sent", null);
        log.info("Suppressed duplicate {} for case {}", sentKey.kind(), caseView.caseId());
    }

    private void fail(DeliveryKey key, String templateId, String language, String maskedRecipient, String reason) {
        outcomes.publish(new DeliveryAttempt(key, ledger.nextAttempt(key), templateId, language, maskedRecipient),
                NotificationStatus.FAILED, reason, null);
        log.warn("Could not deliver {} for case {}: {}", key.kind(), key.caseId(), reason);
    }

    private List<NotificationChannel> quietChannels(List<NotificationChannel> candidates, CaseView caseView) {
        boolean major = caseView.tier() != null && caseView.tier() == MAJOR_TIER;
        LocalTime localTime = LocalTime.from(clock.instant().atZone(caseView.zone()));
        if (major || !quietHours.contains(localTime)) {
            return List.of();
        }
        return candidates.stream()
                .filter(channel -> channel == NotificationChannel.SMS || channel == NotificationChannel.PUSH)
                .toList();
    }

    private String endOfQuietHours(CaseView caseView) {
        Instant end = quietHours.endAfter(clock.instant(), caseView.zone());
        return QUIET_HOURS_END.format(end.atZone(caseView.zone())) + " " + caseView.zone().getId();
    }

    private static String maskedRecipient(CaseView caseView, NotificationChannel channel) {
        String masked = switch (channel) {
            case EMAIL -> caseView.maskedContact().getEmail();
            case SMS -> caseView.maskedContact().getPhone();
            case PUSH -> PUSH_RECIPIENT;
            default -> null;
        };
        return masked == null ? "none" : masked;
    }

    private static Map<String, Object> model(NotificationRequest request) {
        CaseView caseView = request.caseView();
        Map<String, Object> model = new HashMap<>(request.details());
        model.put("caseId", caseView.caseId());
        model.put("caseNumber", caseView.caseNumber());
        model.put("receivedOn", ModelValues.date(caseView.receivedAt(), caseView.zone()));
        model.putIfAbsent("tier", caseView.tier() == null ? "-" : caseView.tier());
        model.put("ownerStaffId", caseView.ownerStaffId() == null ? "-" : caseView.ownerStaffId());
        model.put("ownerUnitId", caseView.ownerUnitId() == null ? "-" : caseView.ownerUnitId());
        return model;
    }
}
