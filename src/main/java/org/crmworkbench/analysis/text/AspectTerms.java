package org.crmworkbench.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms that name each {@link Aspect} in English and Chinese ({@code aspects-en.txt}, {@code aspects-zh.txt} in
 * the jar), and the aspects a text talks about: the text is cut into clauses at clause punctuation and before
 * "but"/但是 and the like, and every clause that names an aspect is scored on its own, so "the price is fair but
 * delivery was slow" gives price a positive and delivery a negative mention. English terms match whole words in any
 * case; Chinese terms match anywhere, the longest first. Immutable and safe to share between threads.
 */
public final class AspectTerms {
    private static final Pattern CLAUSE_END =
            Pattern.compile("[，。！？；：…!?;:\\n\\r]|(?<!\\d)[.,]|[.,](?!\\d)");
    private static final Pattern CONTRAST = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:but|however|although|though|whereas)(?![\\p{L}\\p{N}])|但是|可是|不过|然而",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Map<Language, Pattern> patterns = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, Aspect>> aspectOfTerm = new EnumMap<>(Language.class);

    /**
     * Aspect terms per language.
     *
     * @param terms per language (English and Chinese), per aspect, its terms; English terms in lower case
     */
    public AspectTerms(Map<Language, Map<Aspect, List<String>>> terms) {
        for (Map.Entry<Language, Map<Aspect, List<String>>> language : terms.entrySet()) {
            Map<String, Aspect> byTerm = new LinkedHashMap<>();
            for (Map.Entry<Aspect, List<String>> aspect : language.getValue().entrySet()) {
                for (String term : aspect.getValue()) {
                    String key = normalise(term);
                    if (!key.isEmpty()) {
                        byTerm.putIfAbsent(key, aspect.getKey());
                    }
                }
            }
            if (byTerm.isEmpty()) {
                continue;
            }
            List<String> ordered = new ArrayList<>(byTerm.keySet());
            ordered.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            StringBuilder alternatives = new StringBuilder();
            for (String term : ordered) {
                if (!alternatives.isEmpty()) {
                    alternatives.append('|');
                }
                alternatives.append(Pattern.quote(term).replace(" ", "\\E\\s+\\Q"));
            }
            String regex = language.getKey() == Language.ENGLISH
                    ? "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])"
                    : "(?:" + alternatives + ")";
            patterns.put(language.getKey(), Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            aspectOfTerm.put(language.getKey(), Map.copyOf(byTerm));
        }
    }

    /** The term lists shipped in the jar. */
    public static AspectTerms load() {
        Map<Language, Map<Aspect, List<String>>> terms = new EnumMap<>(Language.class);
        terms.put(Language.ENGLISH, read("aspects-en.txt"));
        terms.put(Language.CHINESE, read("aspects-zh.txt"));
        return new AspectTerms(terms);
    }

    /** Every aspect each clause of {@code text} names (once per clause), with that clause's score by {@code model}. */
    public List<AspectMention> mentions(String text, Language language, SentimentModel model) {
        Pattern pattern = patterns.get(language);
        if (pattern == null) {
            return List.of();
        }
        Map<String, Aspect> byTerm = aspectOfTerm.get(language);
        List<AspectMention> mentions = new ArrayList<>();
        for (int[] clause : clauses(text)) {
            Matcher matcher = pattern.matcher(text).region(clause[0], clause[1]);
            Set<Aspect> named = EnumSet.noneOf(Aspect.class);
            double score = Double.NaN;
            while (matcher.find()) {
                Aspect aspect = byTerm.get(normalise(matcher.group()));
                if (aspect == null || !named.add(aspect)) {
                    continue;
                }
                if (Double.isNaN(score)) {
                    score = model.score(text.substring(clause[0], clause[1])).score();
                }
                mentions.add(new AspectMention(aspect, matcher.group(), score));
            }
        }
        return mentions;
    }

    /** The clauses of {@code text} as [start, end) spans, blank ones left out. */
    static List<int[]> clauses(String text) {
        List<Integer> cuts = new ArrayList<>();
        Matcher end = CLAUSE_END.matcher(text);
        while (end.find()) {
            cuts.add(end.start());
            cuts.add(end.end());
        }
        Matcher contrast = CONTRAST.matcher(text);
        while (contrast.find()) {
            cuts.add(contrast.start());
            cuts.add(contrast.start());
        }
        cuts.sort(null);
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cuts.size(); i += 2) {
            addSpan(text, spans, start, cuts.get(i));
            start = Math.max(start, cuts.get(i + 1));
        }
        addSpan(text, spans, start, text.length());
        return spans;
    }

    /**
     * For each of {@code terms} (the normalised words of {@code text}, in order) whether it stands in the same clause
     * as the word before it: no clause punctuation or contrast word between them. A word not found as written
     * (after lower-casing) starts a clause of its own.
     */
    static boolean[] sameClause(String text, List<String> terms) {
        boolean[] joined = new boolean[terms.size()];
        String lower = text.toLowerCase(Locale.ROOT);
        boolean lengthKept = lower.length() == text.length();
        int previousEnd = -1;
        for (int i = 0; i < terms.size(); i++) {
            int at = lengthKept ? lower.indexOf(terms.get(i), Math.max(0, previousEnd)) : -1;
            if (at < 0) {
                previousEnd = -1;
                continue;
            }
            if (previousEnd >= 0) {
                String gap = text.substring(previousEnd, at);
                joined[i] = !CLAUSE_END.matcher(gap).find() && !CONTRAST.matcher(gap).find();
            }
            previousEnd = at + terms.get(i).length();
        }
        return joined;
    }

    private static void addSpan(String text, List<int[]> spans, int start, int end) {
        if (end > start && !text.substring(start, end).isBlank()) {
            spans.add(new int[] {start, end});
        }
    }

    private static String normalise(String term) {
        return term.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static Map<Aspect, List<String>> read(String resource) {
        Map<Aspect, List<String>> terms = new EnumMap<>(Aspect.class);
        try (InputStream in = AspectTerms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                int equals = line.indexOf('=');
                if (line.isEmpty() || line.startsWith("#") || equals < 0) {
                    continue;
                }
                Aspect aspect = aspectOf(line.substring(0, equals).strip(), resource);
                List<String> list = terms.computeIfAbsent(aspect, a -> new ArrayList<>());
                for (String term : line.substring(equals + 1).split(",")) {
                    if (!term.isBlank()) {
                        list.add(term.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Aspect aspectOf(String code, String resource) {
        for (Aspect aspect : Aspect.values()) {
            if (aspect.code().equals(code)) {
                return aspect;
            }
        }
        throw new IllegalStateException("no aspect " + code + " in " + resource);
    }
}
