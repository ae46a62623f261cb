package com.redress.grading.rules;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import com.redress.events.grading.Category;
import com.redress.events.intake.CustomerSegment;
import com.redress.platform.yaml.StrictYaml;
import com.redress.platform.yaml.YamlDocument;
import com.redress.platform.yaml.YamlFileException;
import com.redress.platform.yaml.YamlLocations;

/**
 * Reads a YAML rule file into a validated {@link RuleSet} with the platform's strict YAML reader; any mistake fails
 * with a {@link RuleFileException} naming the file, the line and the reason, so a bad rule file stops start-up instead
 * of grading with half the rules.
 */
public final class RuleSetLoader {

    private static final int DEFAULT_WEIGHT = 1;
    private static final int DEFAULT_PHRASES_COUNTED_PER_RULE = 1000;

    private final YamlLocations locations;
    private final List<RuleId> ruleIds = new ArrayList<>();

    private RuleSetLoader(YamlLocations locations) {
        this.locations = locations;
    }

    /**
     * Reads and validates a rule file.
     *
     * @param source how to name the file in errors, e.g. {@code classpath:grading-rules.yml}
     * @throws RuleFileException when the file is not valid YAML or breaks a rule of the format
     */
    public static RuleSet load(String source, InputStream in) {
        try {
            return ruleSet(StrictYaml.readDocument(source, in, RuleFile.class));
        } catch (YamlFileException e) {
            throw located(e);
        }
    }

    /** Reads and validates rule-file text; see {@link #load(String, InputStream)}. */
    public static RuleSet load(String source, Reader reader) {
        try {
            return ruleSet(StrictYaml.readDocument(source, reader, RuleFile.class));
        } catch (YamlFileException e) {
            throw located(e);
        }
    }

    private static RuleSet ruleSet(YamlDocument<RuleFile> document) {
        return new RuleSetLoader(document.locations()).ruleSet(document.content());
    }

    /** The reader's error in the rule file's terms; it says all there is to say, so the reader's causes are left out. */
    private static RuleFileException located(YamlFileException e) {
        return new RuleFileException(e.source(), e.line(), (e.path().isEmpty() ? "" : e.path() + ": ") + e.reason());
    }

    private RuleSet ruleSet(RuleFile file) {
        String version = required(file.version(), "", "version");
        RuleFile.Categories categories = required(file.categories(), "", "categories");
        List<CategoryPhraseRule> phrases = each(required(categories.phrases(), "categories", "phrases"),
                "categories.phrases", this::categoryPhraseRule);
        TierRules tiers = tierRules(required(file.tiers(), "", "tiers"));
        PriorityRules priority = priorityRules(required(file.priority(), "", "priority"));
        RepeatRule repeat = repeatRule(required(file.repeat(), "", "repeat"));
        List<SurgeRule> surges = surgeRules(orEmpty(file.surges()));
        List<UpdateRule> updates = each(orEmpty(file.updates()), "updates", this::updateRule);
        Set<String> negatable = new HashSet<>();
        phrases.forEach(rule -> negatable.add(rule.id()));
        tiers.signals().forEach(rule -> negatable.add(rule.id()));
        List<NegationRule> negations = each(orEmpty(file.negations()), "negations",
                (rule, path) -> negationRule(rule, path, negatable));
        rejectDuplicateRuleIds();
        return new RuleSet(version, orEmpty(categories.codes()), phrases,
                orDefault(categories.phrasesCountedPerRule(), DEFAULT_PHRASES_COUNTED_PER_RULE), tiers, priority,
                repeat, surges, updates, negations);
    }

    private CategoryPhraseRule categoryPhraseRule(RuleFile.CategoryPhrases rule, String path) {
        requirePhrasesOrPatterns(rule.phrases(), rule.patterns(), path);
        return new CategoryPhraseRule(ruleId(rule.id(), path), required(rule.description(), path, "description"),
                required(rule.category(), path, "category"), orDefault(rule.weight(), DEFAULT_WEIGHT),
                orEmpty(rule.phrases()), orEmpty(rule.patterns()));
    }

    private TierRules tierRules(RuleFile.Tiers tiers) {
        int defaultTier = required(tiers.defaultTier(), "tiers", "default");
        List<CategoryTierRule> categories = each(orEmpty(tiers.categories()), "tiers.categories",
                this::categoryTierRule);
        List<AmountRule> amounts = each(orEmpty(tiers.amounts()), "tiers.amounts", this::amountRule);
        List<SignalRule> signals = each(orEmpty(tiers.signals()), "tiers.signals", this::signalRule);
        List<ChannelRule> channels = each(orEmpty(tiers.channels()), "tiers.channels", this::channelRule);
        Set<String> signalIds = new HashSet<>();
        signals.forEach(rule -> signalIds.add(rule.id()));
        List<CompoundRule> compounds = each(orEmpty(tiers.compounds()), "tiers.compounds",
                (rule, path) -> compoundRule(rule, path, signalIds));
        rejectFactsNoCompoundWeighs(signals, compounds);
        return new TierRules(defaultTier, categories, amounts, signals, channels, compounds);
    }

    private CategoryTierRule categoryTierRule(RuleFile.CategoryTier rule, String path) {
        return new CategoryTierRule(ruleId(rule.id(), path), required(rule.description(), path, "description"),
                required(rule.category(), path, "category"), required(rule.tier(), path, "tier"));
    }

    private AmountRule amountRule(RuleFile.Amount rule, String path) {
        String id = ruleId(rule.id(), path);
        String description = required(rule.description(), path, "description");
        int tier = required(rule.tier(), path, "tier");
        if (required(rule.thresholds(), path, "thresholds").isEmpty()) {
            throw error(path + ".thresholds", "must name at least one currency");
        }
        return new AmountRule(id, description, tier, rule.thresholds());
    }

    private SignalRule signalRule(RuleFile.Signal rule, String path) {
        requirePhrasesOrPatterns(rule.phrases(), rule.patterns(), path);
        String id = ruleId(rule.id(), path);
        String description = required(rule.description(), path, "description");
        return new SignalRule(id, description, rule.tier(), rule.priority(), orEmpty(rule.phrases()),
                orEmpty(rule.patterns()));
    }

    private ChannelRule channelRule(RuleFile.ChannelTier rule, String path) {
        return new ChannelRule(ruleId(rule.id(), path), required(rule.description(), path, "description"),
                required(rule.channel(), path, "channel"), required(rule.tier(), path, "tier"));
    }

    private CompoundRule compoundRule(RuleFile.Compound rule, String path, Set<String> signalIds) {
        String id = ruleId(rule.id(), path);
        String description = required(rule.description(), path, "description");
        int tier = required(rule.tier(), path, "tier");
        if (required(rule.allOf(), path, "all-of").isEmpty()) {
            throw error(path + ".all-of", "must list at least one condition");
        }
        return new CompoundRule(id, description, tier, each(rule.allOf(), path + ".all-of",
                (condition, conditionPath) -> condition(condition, conditionPath, signalIds)));
    }

    private CompoundRule.Condition condition(RuleFile.Condition condition, String path, Set<String> signalIds) {
        if (condition.amounts() == null && condition.signals() == null && condition.categories() == null
                && condition.channels() == null) {
            throw error(path, "a condition needs amounts, signals, categories or channels");
        }
        if (condition.amounts() != null && condition.amounts().isEmpty()) {
            throw error(path + ".amounts", "must name at least one currency");
        }
        if (condition.categories() != null && condition.categories().isEmpty()) {
            throw error(path + ".categories", "must list at least one category");
        }
        if (condition.channels() != null && condition.channels().isEmpty()) {
            throw error(path + ".channels", "must list at least one channel");
        }
        List<String> signals = orEmpty(condition.signals());
        for (int i = 0; i < signals.size(); i++) {
            if (!signalIds.contains(signals.get(i))) {
                throw error(path + ".signals[" + i + "]",
                        "'" + signals.get(i) + "' is not the id of a tier signal rule");
            }
        }
        return new CompoundRule.Condition(orEmpty(condition.amounts()), signals,
                new HashSet<>(orEmpty(condition.categories())), new HashSet<>(orEmpty(condition.channels())));
    }

    /** A signal without a tier or a priority decides nothing unless a compound rule weighs it. */
    private void rejectFactsNoCompoundWeighs(List<SignalRule> signals, List<CompoundRule> compounds) {
        Set<String> weighed = new HashSet<>();
        compounds.forEach(compound -> compound.allOf().forEach(condition -> weighed.addAll(condition.signals())));
        for (int i = 0; i < signals.size(); i++) {
            if (signals.get(i).factOnly() && !weighed.contains(signals.get(i).id())) {
                throw error("tiers.signals[" + i + "]",
                        "a signal rule needs a tier, a priority or both, unless a compound rule names it");
            }
        }
    }

    private PriorityRules priorityRules(RuleFile.Priority priority) {
        Map<CustomerSegment, Integer> segments = new EnumMap<>(CustomerSegment.class);
        // the names are checked as they are read (RuleScalars.SegmentPriority)
        orEmpty(priority.segments()).forEach((name, value) -> segments.put(CustomerSegment.valueOf(name), value));
        return new PriorityRules(ruleId(priority.id(), "priority"), required(priority.defaultPriority(), "priority",
                "default"), segments);
    }

    private RepeatRule repeatRule(RuleFile.Repeat repeat) {
        return new RepeatRule(ruleId(repeat.id(), "repeat"), required(repeat.description(), "repeat", "description"),
                required(repeat.window(), "repeat", "window"), required(repeat.tier(), "repeat", "tier"));
    }

    private List<SurgeRule> surgeRules(List<RuleFile.Surge> surges) {
        List<SurgeRule> rules = each(surges, "surges", this::surgeRule);
        Set<Category> watched = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!watched.add(rules.get(i).category())) {
                throw error("surges[" + i + "]", "a second surge rule for " + rules.get(i).category());
            }
        }
        return rules;
    }

    private SurgeRule surgeRule(RuleFile.Surge rule, String path) {
        return new SurgeRule(ruleId(rule.id(), path), required(rule.description(), path, "description"),
                required(rule.category(), path, "category"), required(rule.threshold(), path, "threshold"),
                required(rule.window(), path, "window"));
    }

    private UpdateRule updateRule(RuleFile.Update rule, String path) {
        return new UpdateRule(ruleId(rule.id(), path), required(rule.description(), path, "description"),
                required(rule.on(), path, "on"), required(rule.tier(), path, "tier"));
    }

    private NegationRule negationRule(RuleFile.Negation rule, String path, Set<String> negatable) {
        String id = ruleId(rule.id(), path);
        String description = required(rule.description(), path, "description");
        List<String> negators = required(rule.negators(), path, "negators");
        int window = required(rule.window(), path, "window");
        List<String> ruleIds = required(rule.rules(), path, "rules");
        for (int i = 0; i < ruleIds.size(); i++) {
            if (!negatable.contains(ruleIds.get(i))) {
                throw error(path + ".rules[" + i + "]", "'" + ruleIds.get(i)
                        + "' is not the id of a category phrase rule or a tier signal rule");
            }
        }
        return new NegationRule(id, description, negators, orEmpty(rule.exceptions()), window,
                new HashSet<>(ruleIds));
    }

    private String ruleId(String id, String path) {
        ruleIds.add(new RuleId(required(id, path, "id"), path + ".id"));
        return id;
    }

    /** Each id once; the second use, in file order, is the one at fault. */
    private void rejectDuplicateRuleIds() {
        Map<String, RuleId> firstUses = new HashMap<>();
        ruleIds.stream().sorted(Comparator.comparingInt(ruleId -> locations.line(ruleId.path()))).forEach(ruleId -> {
            RuleId first = firstUses.putIfAbsent(ruleId.id(), ruleId);
            if (first != null) {
                throw error(ruleId.path(), "duplicate rule id '" + ruleId.id() + "', first used on line "
                        + locations.line(first.path()));
            }
        });
    }

    private void requirePhrasesOrPatterns(List<String> phrases, List<Pattern> patterns, String path) {
        if (phrases == null && patterns == null) {
            throw error(path, "a text rule needs phrases, patterns or both");
        }
    }

    private <T> T required(T value, String path, String key) {
        if (value == null) {
            throw error(path, "missing required key '" + key + "'");
        }
        return value;
    }

    /** Each item of a list made into a rule, knowing its path ({@code tiers.signals[2]}) for errors. */
    private static <F, T> List<T> each(List<F> items, String path, BiFunction<F, String, T> rule) {
        List<T> rules = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rules.add(rule.apply(items.get(i), path + "[" + i + "]"));
        }
        return rules;
    }

    private RuleFileException error(String path, String reason) {
        return located(locations.error(path, reason));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static int orDefault(Integer value, int absent) {
        return value == null ? absent : value;
    }

    /** A rule's id and the path of the key it is written under. */
    private record RuleId(String id, String path) {
    }
}
