package org.crmworkbench.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The terms that name each {@link Aspect} in English and Chinese ({@code aspects-en.txt}, {@code aspects-zh.txt} in
 * the jar), and the aspects a text talks about: the text is cut into clauses at clause punctuation and before
 * "but"/但是 and the like, and every clause that names an aspect is scored on its own, so "the price is fair but
 * delivery was slow" gives price a positive and delivery a negative mention. English terms match whole words in any
 * case (a term of several words matches them with any spacing between); Chinese terms match anywhere, the longest
 * first. Immutable and safe to share between threads.
 */
public final class AspectTerms {
    /** Marks that end a clause; '.' and ',' too, except between two digits. */
    private static final String CLAUSE_MARKS = "，。！？；：…!?;:\n\r";
    private static final List<String> ENGLISH_CONTRAST = List.of("but", "however", "although", "though", "whereas");
    private static final List<String> CHINESE_CONTRAST = List.of("但是", "可是", "不过", "然而");

    /** Per language, each term (lower case, words single-spaced) and its aspect. */
    private final Map<Language, Map<String, Aspect>> aspectOfTerm = new EnumMap<>(Language.class);
    /** Per language, the most words (English) or characters (Chinese) a term has. */
    private final Map<Language, Integer> longest = new EnumMap<>(Language.class);

    /**
     * Aspect terms per language.
     *
     * @param terms per language (English and Chinese), per aspect, its terms; English terms in lower case
     */
    public AspectTerms(Map<Language, Map<Aspect, List<String>>> terms) {
        for (Map.Entry<Language, Map<Aspect, List<String>>> language : terms.entrySet()) {
            Map<String, Aspect> byTerm = new HashMap<>();
            int most = 0;
            for (Map.Entry<Aspect, List<String>> aspect : language.getValue().entrySet()) {
                for (String term : aspect.getValue()) {
                    String key = normalise(term);
                    if (!key.isEmpty()) {
                        byTerm.putIfAbsent(key, aspect.getKey());
                        most = Math.max(most, language.getKey() == Language.ENGLISH
                                ? key.split(" ").length : key.length());
                    }
                }
            }
            if (!byTerm.isEmpty()) {
                aspectOfTerm.put(language.getKey(), Map.copyOf(byTerm));
                longest.put(language.getKey(), most);
            }
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
        Map<String, Aspect> byTerm = aspectOfTerm.get(language);
        if (byTerm == null) {
            return List.of();
        }
        List<int[]> found = language == Language.ENGLISH ? englishTerms(text, byTerm, longest.get(language))
                : chineseTerms(text, byTerm, longest.get(language));
        if (found.isEmpty()) {
            return List.of();
        }
        List<int[]> clauses = clauses(text);
        List<AspectMention> mentions = new ArrayList<>();
        int clause = 0;
        int scoredClause = -1;
        double score = Double.NaN;
        Set<Aspect> named = EnumSet.noneOf(Aspect.class);
        for (int[] term : found) {
            while (clause < clauses.size() && clauses.get(clause)[1] <= term[0]) {
                clause++;
            }
            if (clause == clauses.size()) {
                break;
            }
            if (clause != scoredClause) {
                scoredClause = clause;
                named.clear();
                score = Double.NaN;
            }
            String written = text.substring(term[0], term[1]);
            Aspect aspect = byTerm.get(normalise(written));
            if (!named.add(aspect)) {
                continue;
            }
            if (Double.isNaN(score)) {
                int[] span = clauses.get(clause);
                score = model.score(text.substring(span[0], span[1])).score();
            }
            mentions.add(new AspectMention(aspect, written, score));
        }
        return mentions;
    }

    /** The spans of English terms: whole words, the longest term starting at each word, in order. */
    private static List<int[]> englishTerms(String text, Map<String, Aspect> byTerm, int mostWords) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\''
                        && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)))) {
                    i++;
                }
                words.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        List<int[]> found = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            StringBuilder key = new StringBuilder();
            int[] match = null;
            int matchEnd = w;
            for (int n = 0; n < mostWords && w + n < words.size(); n++) {
                if (n > 0) {
                    String gap = text.substring(words.get(w + n - 1)[1], words.get(w + n)[0]);
                    if (!gap.isBlank()) {
                        break;
                    }
                    key.append(' ');
                }
                key.append(text, words.get(w + n)[0], words.get(w + n)[1]);
                if (byTerm.containsKey(key.toString().toLowerCase(Locale.ROOT))) {
                    match = new int[] {words.get(w)[0], words.get(w + n)[1]};
                    matchEnd = w + n;
                }
            }
            if (match != null) {
                found.add(match);
                w = matchEnd;
            }
        }
        return found;
    }

    /** The spans of Chinese terms: at each character the longest term starting there, in order. */
    private static List<int[]> chineseTerms(String text, Map<String, Aspect> byTerm, int mostChars) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = -1;
            for (int n = Math.min(mostChars, text.length() - i); n >= 1; n--) {
                if (byTerm.containsKey(text.substring(i, i + n).toLowerCase(Locale.ROOT))) {
                    end = i + n;
                    break;
                }
            }
            if (end > 0) {
                found.add(new int[] {i, end});
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The clauses of {@code text} as [start, end) spans, blank ones left out. */
    static List<int[]> clauses(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (isClauseMark(text, i)) {
                addSpan(text, spans, start, i);
                start = ++i;
                continue;
            }
            int contrast = contrastAt(text, i);
            if (contrast > 0) {
                addSpan(text, spans, start, i);
                start = i;
                i += contrast;
                continue;
            }
            i++;
        }
        addSpan(text, spans, start, text.length());
        return spans;
    }

    private static boolean isClauseMark(String text, int i) {
        char c = text.charAt(i);
        if (CLAUSE_MARKS.indexOf(c) >= 0) {
            return true;
        }
        if (c == '.' || c == ',') {
            return !(i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i + 1)));
        }
        return false;
    }

    /** The length of the contrast word ("but", 但是 ...) starting at {@code i}; 0 when none does. */
    private static int contrastAt(String text, int i) {
        for (String word : CHINESE_CONTRAST) {
            if (text.startsWith(word, i)) {
                return word.length();
            }
        }
        if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return 0;
        }
        for (String word : ENGLISH_CONTRAST) {
            int end = i + word.length();
            if (text.regionMatches(true, i, word, 0, word.length())
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return word.length();
            }
        }
        return 0;
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
                joined[i] = true;
                for (int c = previousEnd; c < at && joined[i]; c++) {
                    joined[i] = !isClauseMark(text, c) && contrastAt(text, c) == 0;
                }
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
