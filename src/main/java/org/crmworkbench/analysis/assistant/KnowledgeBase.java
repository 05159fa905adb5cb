package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * The examples the assistant learns from, checked: every intent's answers by language, the in-scope intents in the
 * order they first appear, and the out-of-scope examples apart.
 */
public final class KnowledgeBase {
    private final List<KnowledgeEntry> entries;
    private final String oosLabel;
    private final List<String> intents;
    private final Map<String, Map<String, String>> answers = new LinkedHashMap<>();

    private KnowledgeBase(List<KnowledgeEntry> entries, String oosLabel) {
        this.entries = List.copyOf(entries);
        this.oosLabel = oosLabel;
        Set<String> seen = new LinkedHashSet<>();
        for (KnowledgeEntry entry : this.entries) {
            if (!entry.intent().equals(oosLabel)) {
                seen.add(entry.intent());
            }
            if (entry.answer() != null) {
                String language = entry.language() == null ? "" : entry.language();
                answers.computeIfAbsent(entry.intent(), k -> new LinkedHashMap<>()).putIfAbsent(language, entry.answer());
            }
        }
        this.intents = List.copyOf(seen);
    }

    /**
     * The knowledge base of {@code entries}.
     *
     * @throws UnsuitableDataException when it has fewer than two in-scope intents (nothing to tell apart)
     */
    public static KnowledgeBase of(List<KnowledgeEntry> entries, String oosLabel) {
        Objects.requireNonNull(oosLabel, "oosLabel");
        KnowledgeBase base = new KnowledgeBase(entries, oosLabel);
        if (base.intents.size() < 2) {
            throw new UnsuitableDataException("assistant.error.fewIntents",
                    "the knowledge base needs examples of at least two intents (it has {0})", base.intents.size());
        }
        return base;
    }

    /** Every example, out-of-scope ones included, in the order given. */
    public List<KnowledgeEntry> entries() {
        return entries;
    }

    public String oosLabel() {
        return oosLabel;
    }

    /** The in-scope intents, in the order they first appear. */
    public List<String> intents() {
        return intents;
    }

    /** Whether any example carries the out-of-scope label. */
    public boolean hasOutOfScopeExamples() {
        return entries.stream().anyMatch(e -> e.intent().equals(oosLabel));
    }

    /** The examples of {@code intent}. */
    public List<KnowledgeEntry> examplesOf(String intent) {
        List<KnowledgeEntry> out = new ArrayList<>();
        for (KnowledgeEntry entry : entries) {
            if (entry.intent().equals(intent)) {
                out.add(entry);
            }
        }
        return out;
    }

    /**
     * The answer to give for {@code intent} to a question in {@code languageCode}: the first answer given in that
     * language, else the first answer with no language, else the first answer in any language; null when the knowledge
     * base gives none.
     */
    public String answerFor(String intent, String languageCode) {
        Map<String, String> byLanguage = answers.get(intent);
        if (byLanguage == null) {
            return null;
        }
        if (languageCode != null && byLanguage.containsKey(languageCode)) {
            return byLanguage.get(languageCode);
        }
        if (byLanguage.containsKey("")) {
            return byLanguage.get("");
        }
        return byLanguage.values().iterator().next();
    }
}
