package org.crmworkbench.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * VADER's word lists: the valence lexicon and the emoji descriptions (data files of vaderSentiment, MIT, shipped under
 * {@code org/crmworkbench/analysis/text/en/} with their licence), the degree words with their scalars, the negation
 * words and the phrases VADER scores as a whole. Immutable once built; one instance is loaded per
 * {@link EnglishSentiment} and shared by all its threads.
 */
final class VaderLexicon {
    /** Rise in intensity a booster word gives (VADER's empirical 0.293); dampeners take it away. */
    static final double BOOST = 0.293;
    /** Rise in intensity of a word written in capitals among lower-case words (VADER's 0.733). */
    static final double CAPS_BOOST = 0.733;
    /** Factor a negation applies to a valence (VADER's -0.74). */
    static final double NEGATION = -0.74;

    private static final String RESOURCE_DIR = "/org/crmworkbench/analysis/text/en/";

    private final Map<String, Double> valences;
    private final Map<Integer, String> emojiDescriptions;
    private final boolean[] asciiEmoji = new boolean[128];
    private final Map<String, Double> degreeWords;
    private final Set<String> negations;
    private final Map<String, Double> phrases;
    private final Set<String> phraseWords = new HashSet<>();

    private VaderLexicon(Map<String, Double> valences, Map<Integer, String> emojiDescriptions) {
        this.valences = valences;
        this.emojiDescriptions = emojiDescriptions;
        for (int cp : emojiDescriptions.keySet()) {
            if (cp < 128) {
                asciiEmoji[cp] = true;
            }
        }
        this.degreeWords = degreeWords();
        this.negations = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't",
                "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent",
                "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't",
                "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
                "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh",
                "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom",
                "despite");
        this.phrases = Map.of("the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5, "badass", 1.5, "bus stop", 0.0,
                "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0, "beating heart", 3.1,
                "broken heart", -2.9);
        for (String key : phrases.keySet()) {
            phraseWords.addAll(java.util.List.of(key.split(" ")));
        }
        for (String key : degreeWords.keySet()) {
            if (key.indexOf(' ') >= 0) {
                phraseWords.addAll(java.util.List.of(key.split(" ")));
            }
        }
    }

    /** Reads both data files from the jar. */
    static VaderLexicon load() {
        Map<String, Double> valences = new HashMap<>(16_384);
        readTabbed("vader_lexicon.txt", (key, value) -> valences.put(key, Double.parseDouble(value)));
        Map<Integer, String> emoji = new HashMap<>(4096);
        readTabbed("emoji_utf8_lexicon.txt", (key, value) -> {
            // VADER replaces emoji one code point at a time, so only single-code-point entries can ever match
            if (key.codePointCount(0, key.length()) == 1) {
                emoji.put(key.codePointAt(0), value);
            }
        });
        return new VaderLexicon(valences, emoji);
    }

    private interface Entry {
        void accept(String key, String value);
    }

    private static void readTabbed(String file, Entry entry) {
        try (InputStream in = VaderLexicon.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE_DIR + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                int tab = trimmed.indexOf('\t');
                int next = trimmed.indexOf('\t', tab + 1);
                entry.accept(trimmed.substring(0, tab), trimmed.substring(tab + 1, next < 0 ? trimmed.length() : next));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Double> degreeWords() {
        Map<String, Double> m = new HashMap<>();
        for (String w : new String[] {"absolutely", "amazingly", "awfully", "completely", "considerable",
                "considerably", "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
                "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin",
                "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin",
                "fugging", "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major",
                "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so",
                "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously", "uber",
                "unbelievably", "unusually", "utter", "utterly", "very"}) {
            m.put(w, BOOST);
        }
        for (String w : new String[] {"almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof",
                "kind-of", "less", "little", "marginal", "marginally", "occasional", "occasionally", "partly",
                "scarce", "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of"}) {
            m.put(w, -BOOST);
        }
        return Map.copyOf(m);
    }

    /** The valence of a lower-case word or emoticon, or NaN when the lexicon lacks it. */
    double valence(String lowerCaseWord) {
        Double v = valences.get(lowerCaseWord);
        return v == null ? Double.NaN : v;
    }

    /** The description that stands for an emoji code point, or null. */
    String emojiDescription(int codePoint) {
        if (codePoint < 128) {
            return asciiEmoji[codePoint] ? emojiDescriptions.get(codePoint) : null;
        }
        return emojiDescriptions.get(codePoint);
    }

    /** The scalar of a booster (above 0) or dampener (below 0), 0 for other words and phrases. */
    double degree(String lowerCaseWords) {
        Double d = degreeWords.get(lowerCaseWords);
        return d == null ? 0 : d;
    }

    boolean isDegreeWord(String lowerCaseWord) {
        return degreeWords.containsKey(lowerCaseWord);
    }

    /** Whether a lower-case word negates what follows: a negation word or any word with "n't". */
    boolean negates(String lowerCaseWord) {
        return negations.contains(lowerCaseWord) || lowerCaseWord.contains("n't");
    }

    /** Whether the word takes part in a phrase that is scored as a whole or in a two-word degree phrase. */
    boolean inPhrase(String lowerCaseWord) {
        return phraseWords.contains(lowerCaseWord);
    }

    /** The valence of a phrase scored as a whole ("the bomb", "kiss of death" ...), or NaN. */
    double phrase(String lowerCaseWords) {
        Double v = phrases.get(lowerCaseWords);
        return v == null ? Double.NaN : v;
    }

    int size() {
        return valences.size();
    }
}
