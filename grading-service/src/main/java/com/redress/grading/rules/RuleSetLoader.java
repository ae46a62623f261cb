package com.redress.grading.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import com.redress.events.grading.Category;
import com.redress.events.intake.CaseUpdateType;
import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;

/**
 * Reads a YAML rule file into a validated {@link RuleSet}; any mistake fails with a {@link RuleFileException} naming
 * the file, the line and the reason, so a bad rule file stops start-up instead of grading with half the rules.
 */
public final class RuleSetLoader {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Set<Category> NOT_A_RULE_CATEGORY = Set.of(Category.UNKNOWN);

    private final String source;
    private final Map<String, Integer> ruleIdLines = new HashMap<>();

    private RuleSetLoader(String source) {
        this.source = source;
    }

    /**
     * Reads and validates a rule file.
     *
     * @param source how to name the file in errors, e.g. {@code classpath:grading-rules.yml}
     * @throws RuleFileException when the file is not valid YAML or breaks a rule of the format
     */
    public static RuleSet load(String source, InputStream in) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(source, reader);
        } catch (IOException e) {
            throw new RuleFileException(source, 1, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads and validates rule-file text; see {@link #load(String, InputStream)}. */
    public static RuleSet load(String source, Reader reader) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new RuleFileException(source, line, "not valid YAML: " + e.getProblem(), e);
        }
        if (root == null) {
            throw new RuleFileException(source, 1, "the rule file is empty");
        }
        return new RuleSetLoader(source).ruleSet(new YamlNode(root, source, ""));
    }

    private RuleSet ruleSet(YamlNode root) {
        Map<String, YamlNode> top = root.mapping(
                Set.of("version", "categories", "tiers", "priority", "repeat", "surges", "updates", "negations"));
        String version = YamlNode.require(top, "version", root).text();
        YamlNode categories = YamlNode.require(top, "categories", root);
        Map<String, YamlNode> categoryEntries = categories.mapping(
                Set.of("codes", "phrases", "phrases-counted-per-rule"));
        Map<String, Category> codes = YamlNode.optional(categoryEntries, "codes")
                .map(this::categoryCodes).orElse(Map.of());
        List<CategoryPhraseRule> phrases = list(YamlNode.require(categoryEntries, "phrases", categories),
                this::categoryPhraseRule);
        int phrasesCountedPerRule = YamlNode.optional(categoryEntries, "phrases-counted-per-rule")
                .map(node -> node.integer(1, 1000)).orElse(1000);
        TierRules tiers = tierRules(YamlNode.require(top, "tiers", root));
        PriorityRules priority = priorityRules(YamlNode.require(top, "priority", root));
        RepeatRule repeat = repeatRule(YamlNode.require(top, "repeat", root));
        List<SurgeRule> surges = YamlNode.optional(top, "surges").map(node -> list(node, this::surgeRule))
                .orElse(List.of());
        rejectDuplicateSurgeCategories(top, surges);
        List<UpdateRule> updates = YamlNode.optional(top, "updates").map(node -> list(node, this::updateRule))
                .orElse(List.of());
        Set<String> negatableRuleIds = new HashSet<>();
        phrases.forEach(rule -> negatableRuleIds.add(rule.id()));
        tiers.signals().forEach(rule -> negatableRuleIds.add(rule.id()));
        List<NegationRule> negations = YamlNode.optional(top, "negations")
                .map(node -> list(node, negation -> negationRule(negation, negatableRuleIds))).orElse(List.of());
        return new RuleSet(version, codes, phrases, phrasesCountedPerRule, tiers, priority, repeat, surges, updates,
                negations);
    }

    private Map<String, Category> categoryCodes(YamlNode node) {
        Map<String, Category> codes = new LinkedHashMap<>();
        node.mapping().forEach((code, value) -> codes.put(code, value.enumValue(Category.class, NOT_A_RULE_CATEGORY)));
        return codes;
    }

    private CategoryPhraseRule categoryPhraseRule(YamlNode node) {
        Map<String, YamlNode> entries = node.mapping(
                Set.of("id", "description", "category", "weight", "phrases", "patterns"));
        requirePhrasesOrPatterns(entries, node);
        return new CategoryPhraseRule(ruleId(entries, node), description(entries, node),
                YamlNode.require(entries, "category", node).enumValue(Category.class, NOT_A_RULE_CATEGORY),
                YamlNode.optional(entries, "weight").map(weight -> weight.integer(1, 100)).orElse(1),
                YamlNode.optional(entries, "phrases").map(YamlNode::phrases).orElse(List.of()),
                YamlNode.optional(entries, "patterns").map(YamlNode::patterns).orElse(List.of()));
    }

    private TierRules tierRules(YamlNode node) {
        Map<String, YamlNode> entries = node.mapping(Set.of("default", "categories", "amounts", "signals", "channels"));
        return new TierRules(
                YamlNode.require(entries, "default", node).integer(RuleSet.MOST_SEVERE_TIER, RuleSet.LEAST_SEVERE_TIER),
                optionalList(entries, "categories", this::categoryTierRule),
                optionalList(entries, "amounts", this::amountRule),
                optionalList(entries, "signals", this::signalRule),
                optionalList(entries, "channels", this::channelRule));
    }

    private CategoryTierRule categoryTierRule(YamlNode node) {
        Map<String, YamlNode> entries = node.mapping(Set.of("id", "description", "category", "tier"));
        return new CategoryTierRule(ruleId(entries, node), description(entries, node),
                YamlNode.require(entries, "category", node).enumValue(Category.class, NOT_A_RULE_CATEGORY),
                tier(entries, node));
    }

    private AmountRule amountRule(YamlNode node) {
        Map<String, YamlNode> entries = node.mapping(Set.of("id", "description", "tier", "thresholds"));
        YamlNode thresholdsNode = YamlNode.require(entries, "thresholds", node);
        Map<String, BigDecimal> thresholds = new LinkedHashMap<>();
        thresholdsNode.mapping().forEach((currency, value) -> {
            if (!CURRENCY.matcher(currency).matches()) {
                throw value.error("not an ISO 4217 currency code in upper case");
            }
            thresholds.put(currency, value.positiveAmount());
        });
        if (thresholds.isEmpty()) {
            throw thresholdsNode.error("must name at least one currency");
        }
        return new AmountRule(ruleId(entries, node), description(entries, node), tier(entries, node), thresholds);
    }

    private SignalRule signalRule(YamlNode node) {
        Map<String, YamlNode> entries = node.mapping(
                Set.of("id", "description", "tier", "priority", "phrases", "patterns"));
        requirePhrasesOrPatterns(entries, node);
        Integer tier = YamlNode.optional(entries, "tier")
                .map(value -> value.integer(RuleSet.MOST_SEVERE_TIER, RuleSet.LEAST_SEVERE_TIER)).orElse(null);
        Integer priority = YamlNode.optional(entries, "priority").map(value -> value.integer(1, 9)).orElse(null);
        if (tier == null && priority == null) {
            throw node.error("a signal rule needs a tier, a priority or both");
        }
        return new SignalRule(ruleId(entries, node), description(entries, node), tier, priority,
                YamlNode.optional(entries, "phrases").map(YamlNode::phrases).orElse(List.of()),
                YamlNode.optional(entries, "patterns").map(YamlNode::patterns).orElse(List.of()));
    }

    private ChannelRule channelRule(YamlNode node) {
        Map<String, YamlNode> entries = node.mapping(Set.of("id", "description", "channel", "tier"));
        return new ChannelRule(ruleId(entries, node), description(entries, node),
                YamlNode.require(entries, "channel", node).enumValue(Channel.class, Set.of(Channel.UNKNOWN)),
                tier(entries, node));
    }

    private PriorityRules priorityRules(YamlNode node) {
        Map<String, YamlNode> entries = node.mapping(Set.of("id", "default", "segments"));
        Map<CustomerSegment, Integer> segments = new EnumMap<>(CustomerSegment.class);
        YamlNode.optional(entries, "segments").ifPresent(segmentsNode -> segmentsNode.mapping().forEach(
                (name, value) -> segments.put(value.enumKey(CustomerSegment.class, name,
                        Set.of(CustomerSegment.UNKNOWN)), value.integer(1, 9))));
        return new PriorityRules(ruleId(entries, node), YamlNode.require(entries, "default", node).integer(1, 9),
                segments);
    }

    private RepeatRule repeatRule(YamlNode node) {
        Map<String, YamlNode> entries = node.mapping(Set.of("id", "description", "window", "tier"));
        return new RepeatRule(ruleId(entries, node), description(entries, node),
                YamlNode.require(entries, "window", node).positiveDuration(), tier(entries, node));
    }

    private SurgeRule surgeRule(YamlNode node) {
        Map<String, YamlNode> entries = node.mapping(
                Set.of("id", "description", "category", "threshold", "window"));
        return new SurgeRule(ruleId(entries, node), description(entries, node),
                YamlNode.require(entries, "category", node).enumValue(Category.class, NOT_A_RULE_CATEGORY),
                YamlNode.require(entries, "threshold", node).integer(1, 1_000_000),
                YamlNode.require(entries, "window", node).positiveDuration());
    }

    private UpdateRule updateRule(YamlNode node) {
        Map<String, YamlNode> entries = node.mapping(Set.of("id", "description", "on", "tier"));
        return new UpdateRule(ruleId(entries, node), description(entries, node),
                YamlNode.require(entries, "on", node).enumValue(CaseUpdateType.class, Set.of(CaseUpdateType.UNKNOWN)),
                tier(entries, node));
    }

    private NegationRule negationRule(YamlNode node, Set<String> negatableRuleIds) {
        Map<String, YamlNode> entries = node.mapping(
                Set.of("id", "description", "negators", "exceptions", "window", "rules"));
        YamlNode rulesNode = YamlNode.require(entries, "rules", node);
        List<String> ruleIds = rulesNode.phrases();
        for (int i = 0; i < ruleIds.size(); i++) {
            if (!negatableRuleIds.contains(ruleIds.get(i))) {
                throw rulesNode.sequence().get(i).error("'" + ruleIds.get(i)
                        + "' is not the id of a category phrase rule or a tier signal rule");
            }
        }
        return new NegationRule(ruleId(entries, node), description(entries, node),
                YamlNode.require(entries, "negators", node).phrases(),
                YamlNode.optional(entries, "exceptions").map(YamlNode::phrases).orElse(List.of()),
                YamlNode.require(entries, "window", node).integer(0, 50), new HashSet<>(ruleIds));
    }

    private void rejectDuplicateSurgeCategories(Map<String, YamlNode> top, List<SurgeRule> surges) {
        List<Category> seen = new ArrayList<>();
        for (int i = 0; i < surges.size(); i++) {
            Category category = surges.get(i).category();
            if (seen.contains(category)) {
                throw top.get("surges").sequence().get(i).error("a second surge rule for " + category);
            }
            seen.add(category);
        }
    }

    private static void requirePhrasesOrPatterns(Map<String, YamlNode> entries, YamlNode node) {
        if (!entries.containsKey("phrases") && !entries.containsKey("patterns")) {
            throw node.error("a text rule needs phrases, patterns or both");
        }
    }

    private String ruleId(Map<String, YamlNode> entries, YamlNode node) {
        YamlNode idNode = YamlNode.require(entries, "id", node);
        String id = idNode.text();
        if (!RULE_ID.matcher(id).matches()) {
            throw idNode.error("rule id '" + id + "' must be lower case words joined by dots or hyphens");
        }
        Integer firstLine = ruleIdLines.putIfAbsent(id, idNode.line());
        if (firstLine != null) {
            throw idNode.error("duplicate rule id '" + id + "', first used on line " + firstLine);
        }
        return id;
    }

    private static String description(Map<String, YamlNode> entries, YamlNode node) {
        return YamlNode.require(entries, "description", node).text();
    }

    private static int tier(Map<String, YamlNode> entries, YamlNode node) {
        return YamlNode.require(entries, "tier", node).integer(RuleSet.MOST_SEVERE_TIER, RuleSet.LEAST_SEVERE_TIER);
    }

    private static <T> List<T> list(YamlNode node, Function<YamlNode, T> reader) {
        return node.sequence().stream().map(reader).toList();
    }

    private static <T> List<T> optionalList(Map<String, YamlNode> entries, String key, Function<YamlNode, T> reader) {
        return YamlNode.optional(entries, key).map(node -> list(node, reader)).orElse(List.of());
    }
}
