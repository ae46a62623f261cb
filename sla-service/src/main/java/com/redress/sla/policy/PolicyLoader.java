package com.redress.sla.policy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.redress.events.sla.ClockKind;
import com.redress.sla.calendar.CalendarCatalog;
import com.redress.sla.definition.DefinitionReader;
import com.redress.sla.definition.InvalidDefinitionException;

/** Reads and validates a policy file into a {@link PolicyPack}, reporting every problem at once. */
public final class PolicyLoader {

    private static final int LOWEST_TIER = 1;
    private static final int HIGHEST_TIER = 4;

    private PolicyLoader() {
    }

    /**
     * The policy pack in {@code content}, read from the file named {@code file}, whose calendars must be in
     * {@code calendars}.
     *
     * @throws InvalidDefinitionException when the file is malformed or inconsistent
     */
    public static PolicyPack load(String file, InputStream content, CalendarCatalog calendars) {
        PolicyFile definition = DefinitionReader.read(file, content, PolicyFile.class);
        List<String> problems = new ArrayList<>();
        if (blank(definition.id())) {
            problems.add("id is missing");
        }
        if (definition.version() == null || definition.version() < 1) {
            problems.add("version must be a positive number");
        }
        if (definition.sources() == null || definition.sources().isEmpty()) {
            problems.add("sources must cite the rules the pack implements");
        }
        int provisionalTier = definition.provisionalTier() == null ? -1 : definition.provisionalTier();
        if (!isTier(provisionalTier)) {
            problems.add("provisionalTier must be a tier from 1 to 4");
        }
        if (definition.clocks() == null || definition.clocks().isEmpty()) {
            problems.add("clocks must define at least one clock");
        }
        Map<Integer, List<ClockPolicy>> byTier = new LinkedHashMap<>();
        List<PolicyFile.Clock> clocks = definition.clocks() == null ? List.of() : definition.clocks();
        for (int i = 0; i < clocks.size(); i++) {
            PolicyFile.Clock clock = clocks.get(i);
            String where = "clocks[" + i + "]" + (clock.kind() == null ? "" : " (" + clock.kind() + ")");
            ClockPolicy policy = clockPolicy(clock, definition.calendar(), calendars, where, problems);
            List<Integer> tiers = clock.tiers() == null ? List.of(1, 2, 3, 4) : clock.tiers();
            for (Integer tier : tiers) {
                if (tier == null || !isTier(tier)) {
                    problems.add(where + ": tier " + tier + " is not a tier from 1 to 4");
                    continue;
                }
                List<ClockPolicy> ofTier = byTier.computeIfAbsent(tier, t -> new ArrayList<>());
                if (policy != null && ofTier.stream().anyMatch(other -> other.kind() == policy.kind())) {
                    problems.add(where + ": tier " + tier + " already has a clock of kind " + policy.kind());
                } else if (policy != null) {
                    ofTier.add(policy);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(file, problems);
        }
        Map<Integer, List<ClockPolicy>> frozen = new LinkedHashMap<>();
        byTier.forEach((tier, list) -> frozen.put(tier, List.copyOf(list)));
        return new PolicyPack(definition.id(), definition.version(), definition.name(), definition.sources(),
                provisionalTier, frozen);
    }

    private static ClockPolicy clockPolicy(PolicyFile.Clock clock, String defaultCalendar, CalendarCatalog calendars,
            String where, List<String> problems) {
        int before = problems.size();
        ClockKind kind = kind(clock.kind(), where, problems);
        Target target = target(clock.target(), where, problems);
        String calendarId = clock.calendar() != null ? clock.calendar() : defaultCalendar;
        if (calendarId == null) {
            problems.add(where + ": no calendar, and the pack names no default calendar");
        } else if (calendars.find(calendarId).isEmpty()) {
            problems.add(where + ": calendar " + calendarId + " is not known");
        }
        Set<ClockTrigger> startOn = triggers(clock.startOn());
        Set<ClockTrigger> stopOn = triggers(clock.stopOn());
        Set<ClockTrigger> pauseOn = triggers(clock.pauseOn());
        Set<ClockTrigger> resumeOn = triggers(clock.resumeOn());
        if (startOn.isEmpty()) {
            problems.add(where + ": startOn must name at least one event");
        }
        if (stopOn.isEmpty()) {
            problems.add(where + ": stopOn must name at least one event");
        }
        if (pauseOn.isEmpty() != resumeOn.isEmpty()) {
            problems.add(where + ": pauseOn and resumeOn must both be given or both be left out");
        }
        Set<ClockTrigger> seen = new HashSet<>();
        for (Set<ClockTrigger> set : List.of(startOn, stopOn, pauseOn, resumeOn)) {
            for (ClockTrigger trigger : set) {
                if (!seen.add(trigger)) {
                    problems.add(where + ": " + trigger + " appears in more than one of startOn, stopOn, pauseOn, "
                            + "resumeOn");
                }
            }
        }
        List<Double> fractions = clock.warningFractions() == null ? List.of() : clock.warningFractions();
        for (int i = 0; i < fractions.size(); i++) {
            Double fraction = fractions.get(i);
            if (fraction == null || !(fraction > 0 && fraction < 1)) {
                problems.add(where + ": warning fraction " + fraction + " must lie strictly between 0 and 1");
            } else if (i > 0 && fractions.get(i - 1) != null && fraction <= fractions.get(i - 1)) {
                problems.add(where + ": warningFractions must be in increasing order");
            }
        }
        ExtensionLimit extensions = extensions(clock.extensions(), target, where, problems);
        if (problems.size() > before) {
            return null;
        }
        return new ClockPolicy(kind, target, calendarId, startOn, stopOn, pauseOn, resumeOn, fractions,
                blank(clock.escalationTarget()) ? null : clock.escalationTarget(), extensions);
    }

    private static ClockKind kind(String name, String where, List<String> problems) {
        try {
            ClockKind kind = ClockKind.valueOf(name == null ? "" : name);
            if (kind != ClockKind.UNKNOWN) {
                return kind;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the accepted values
        }
        problems.add(where + ": kind must be one of " + EnumSet.complementOf(EnumSet.of(ClockKind.UNKNOWN)));
        return null;
    }

    private static Target target(PolicyFile.TargetFile target, String where, List<String> problems) {
        if (target == null || target.amount() == null || target.unit() == null) {
            problems.add(where + ": target needs an amount and a unit");
            return null;
        }
        if (target.amount() <= 0) {
            problems.add(where + ": target amount must be positive");
            return null;
        }
        String description = blank(target.description())
                ? target.amount() + " " + target.unit().name().toLowerCase().replace('_', ' ')
                : target.description();
        return new Target(target.amount(), target.unit(), description);
    }

    private static ExtensionLimit extensions(PolicyFile.Extensions extensions, Target target, String where,
            List<String> problems) {
        if (extensions == null) {
            return null;
        }
        if (extensions.maxGrants() == null || extensions.maxGrants() < 1 || extensions.maxAmount() == null) {
            problems.add(where + ": extensions need maxGrants (at least 1) and maxAmount");
            return null;
        }
        if (target != null && !target.unit().isDayUnit()) {
            problems.add(where + ": only clocks counted in days can be extended, as extensions are granted in days");
        }
        if (target != null && extensions.maxAmount() <= target.amount()) {
            problems.add(where + ": extensions.maxAmount must exceed the target of " + target.amount());
        }
        return new ExtensionLimit(extensions.maxGrants(), extensions.maxAmount());
    }

    private static Set<ClockTrigger> triggers(List<ClockTrigger> triggers) {
        return triggers == null ? Set.of() : Set.copyOf(new HashSet<>(triggers.stream()
                .filter(Objects::nonNull).toList()));
    }

    private static boolean isTier(int tier) {
        return tier >= LOWEST_TIER && tier <= HIGHEST_TIER;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
