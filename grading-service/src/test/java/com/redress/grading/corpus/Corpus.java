package com.redress.grading.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.redress.events.grading.Category;
import com.redress.events.intake.Channel;
import com.redress.events.intake.CustomerSegment;

/** Reads labelled complaint corpora from the test class path. */
final class Corpus {

    /** The corpus the rules were written and tuned against, with former held-out batches moved into it. */
    static final String DEVELOPMENT = "corpus/complaints.yml";
    /** The first held-out batch; used to tune rule set 2026.11.2, so tuning data too, reported on its own. */
    static final String HELD_OUT = "corpus/held-out.yml";
    /**
     * Batch written from the labelling guideline alone (docs/grading-labels.md) before rule set 2026.12.1, sealed
     * until it measured that rule set: the next rule change may tune on it, and then it joins the tuning corpus.
     */
    static final String SEALED_3 = "corpus/sealed-3.yml";
    /**
     * Sealed batch written from the labelling guideline alone by someone who had read neither the rules nor the
     * tuning corpus, before any change after rule set 2026.12.1: scored, never looked into while rules change.
     */
    static final String SEALED_4 = "corpus/sealed-4.yml";

    private Corpus() {
    }

    @SuppressWarnings("unchecked")
    static List<LabelledComplaint> load(String location) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(location)) {
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Map<String, Object>> entries = (List<Map<String, Object>>) document.get("complaints");
            return entries.stream().map(Corpus::complaint).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledComplaint complaint(Map<String, Object> entry) {
        String amount = (String) entry.get("amount");
        String[] money = amount == null ? null : amount.split(" ");
        return new LabelledComplaint(
                (String) entry.get("id"),
                (String) entry.get("language"),
                (String) entry.get("text"),
                Category.valueOf((String) entry.get("category")),
                (Integer) entry.get("tier"),
                Channel.valueOf((String) entry.getOrDefault("channel", "MOBILE_BANKING")),
                CustomerSegment.valueOf((String) entry.getOrDefault("segment", "ORDINARY")),
                money == null ? null : new BigDecimal(money[1]),
                money == null ? null : money[0],
                (String) entry.get("customer"));
    }
}
