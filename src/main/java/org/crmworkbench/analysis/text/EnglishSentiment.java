package org.crmworkbench.analysis.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * VADER (Hutto and Gilbert, 2014) for English: its lexicon (MIT, shipped as a resource with its licence) and its rules
 * - negation within three words before, intensifiers and dampeners, "but" shifting weight to what follows, words in
 * capitals among lower-case ones, exclamation and question marks, emoticons and emoji - giving VADER's compound score
 * and its labels (positive at 0.05 and above, negative at -0.05 and below).
 *
 * <p>A port of vaderSentiment 3.3.1 (github.com/cjhutto/vaderSentiment, commit 44fc044) written from its rules. Its
 * four numbers equal the Python package's, as that package rounds them, on 976 texts (README examples, rule cases, the
 * sample's English texts), 5,000 random sequences of trigger words (EnglishSentimentAgreementTest) and the 14,313
 * ground-truth review snippets (EnglishSentimentAccuracyTest). The package's quirks are kept on purpose so that
 * published VADER figures carry over: a "but" rescales the first word whose valence equals the one at hand (Python's
 * {@code list.index}), "so" or "this" just before a word boosts it by 1.25 when a non-lexicon word stands three
 * before, and "NO" in capitals before a lexicon word, which VADER zeroes, comes out at -0.733 in mixed case.
 *
 * <p>The score is VADER's compound, rounded to 4 decimals as vaderSentiment reports it; the drivers are the lexicon
 * words (and emoticons, emoji) whose valence is not zero after the rules, with their spans in the original text,
 * strongest first. Immutable and safe to share.
 */
public final class EnglishSentiment implements SentimentModel {
    private static final double EXCLAMATION = 0.292;
    private static final double QUESTION = 0.18;
    private static final double ALPHA = 15;
    private static final double LABEL_BAND = 0.05;

    private final VaderLexicon lexicon;

    private EnglishSentiment(VaderLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Loads the lexicon from the jar. */
    public static EnglishSentiment load() {
        return new EnglishSentiment(VaderLexicon.load());
    }

    /** How many entries the valence lexicon holds (7,506 distinct words, emoticons and acronyms). */
    public int lexiconSize() {
        return lexicon.size();
    }

    @Override
    public SentimentScore score(String text) {
        if (text == null) {
            return SentimentScore.neutral();
        }
        VaderText words = new VaderText(text, lexicon);
        if (words.size == 0) {
            return SentimentScore.neutral();
        }
        double[] valences = valences(words);
        double compound = rounded(compound(valences, emphasis(words)), 4);
        SentimentLabel label = compound >= LABEL_BAND ? SentimentLabel.POSITIVE
                : compound <= -LABEL_BAND ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        return new SentimentScore(compound, label, drivers(text, words, valences));
    }

    /** VADER's negative, neutral and positive shares and its compound score for {@code text}. */
    public VaderPolarity polarity(String text) {
        if (text == null) {
            return new VaderPolarity(0, 0, 0, 0);
        }
        VaderText words = new VaderText(text, lexicon);
        if (words.size == 0) {
            return new VaderPolarity(0, 0, 0, 0);
        }
        double[] valences = valences(words);
        double emphasis = emphasis(words);
        double positive = 0;
        double negative = 0;
        int neutral = 0;
        for (double v : valences) {
            if (v > 0) {
                positive += v + 1;
            } else if (v < 0) {
                negative += v - 1;
            } else {
                neutral++;
            }
        }
        if (positive > -negative) {
            positive += emphasis;
        } else if (positive < -negative) {
            negative -= emphasis;
        }
        double total = positive - negative + neutral;
        return new VaderPolarity(rounded(Math.abs(negative / total), 3), rounded(Math.abs(neutral / total), 3),
                rounded(Math.abs(positive / total), 3), rounded(compound(valences, emphasis), 4));
    }

    /**
     * Rounded as Python's {@code round} does (half to even on the exact binary value), as vaderSentiment reports its
     * numbers; this also turns the 1e-16 left over when valences cancel into the 0 they stand for.
     */
    private static double rounded(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue() + 0.0;
    }

    /** The sum of the valences, pushed away from zero by the punctuation emphasis, mapped into [-1, 1]. */
    private static double compound(double[] valences, double emphasis) {
        double sum = 0;
        for (double v : valences) {
            sum += v;
        }
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        double normalised = sum / Math.sqrt(sum * sum + ALPHA);
        return Math.max(-1, Math.min(1, normalised));
    }

    /** Emphasis from exclamation marks (up to four) and from two or more question marks. */
    private static double emphasis(VaderText words) {
        double emphasis = Math.min(words.exclamations, 4) * EXCLAMATION;
        if (words.questions > 1) {
            emphasis += words.questions <= 3 ? words.questions * QUESTION : 0.96;
        }
        return emphasis;
    }

    /** The valence of every word after the rules, "but" included. */
    private double[] valences(VaderText t) {
        int n = t.size;
        double[] inLexicon = new double[n];
        for (int i = 0; i < n; i++) {
            inLexicon[i] = lexicon.valence(t.lower[i]);
        }
        double[] valences = new double[n];
        for (int i = 0; i < n; i++) {
            String word = t.lower[i];
            if (lexicon.isDegreeWord(word)) {
                continue;
            }
            if (i < n - 1 && word.equals("kind") && t.lower[i + 1].equals("of")) {
                continue;
            }
            if (!Double.isNaN(inLexicon[i])) {
                valences[i] = wordValence(t, inLexicon, i);
            }
        }
        shiftAroundBut(t, valences);
        return valences;
    }

    private double wordValence(VaderText t, double[] inLexicon, int i) {
        String[] w = t.lower;
        int n = t.size;
        double valence = inLexicon[i];
        // "no" before a lexicon word negates that word instead of counting itself
        if (w[i].equals("no") && i != n - 1 && !Double.isNaN(inLexicon[i + 1])) {
            valence = 0;
        }
        if ((i > 0 && w[i - 1].equals("no")) || (i > 1 && w[i - 2].equals("no"))
                || (i > 2 && w[i - 3].equals("no") && (w[i - 1].equals("or") || w[i - 1].equals("nor")))) {
            valence = inLexicon[i] * VaderLexicon.NEGATION;
        }
        if (t.upper[i] && t.capsDiffer) {
            valence += valence > 0 ? VaderLexicon.CAPS_BOOST : -VaderLexicon.CAPS_BOOST;
        }
        for (int back = 1; back <= 3; back++) {
            if (i < back || !Double.isNaN(inLexicon[i - back])) {
                continue;
            }
            double scalar = degreeScalar(t, i - back, valence);
            if (scalar != 0) {
                scalar *= back == 2 ? 0.95 : back == 3 ? 0.9 : 1;
            }
            valence = negated(w, i, back, valence + scalar);
            if (back == 3) {
                valence = phrases(w, n, i, valence);
            }
        }
        // "least" before a word negates it, except in "at least" and "very least"
        if (i > 1 && Double.isNaN(inLexicon[i - 1]) && w[i - 1].equals("least")) {
            if (!w[i - 2].equals("at") && !w[i - 2].equals("very")) {
                valence *= VaderLexicon.NEGATION;
            }
        } else if (i > 0 && Double.isNaN(inLexicon[i - 1]) && w[i - 1].equals("least")) {
            valence *= VaderLexicon.NEGATION;
        }
        return valence;
    }

    /** The push of a booster or dampener at {@code j} on a word of {@code valence}, with its capitals. */
    private double degreeScalar(VaderText t, int j, double valence) {
        double scalar = lexicon.degree(t.lower[j]);
        if (scalar == 0) {
            return 0;
        }
        if (valence < 0) {
            scalar = -scalar;
        }
        if (t.upper[j] && t.capsDiffer) {
            scalar += valence > 0 ? VaderLexicon.CAPS_BOOST : -VaderLexicon.CAPS_BOOST;
        }
        return scalar;
    }

    /** Negation by the word {@code back} places before {@code i}, with VADER's "never so/this" and "without doubt". */
    private double negated(String[] w, int i, int back, double valence) {
        if (back == 1) {
            return lexicon.negates(w[i - 1]) ? valence * VaderLexicon.NEGATION : valence;
        }
        if (back == 2) {
            if (w[i - 2].equals("never") && soOrThis(w[i - 1])) {
                return valence * 1.25;
            }
            if (w[i - 2].equals("without") && w[i - 1].equals("doubt")) {
                return valence;
            }
            return lexicon.negates(w[i - 2]) ? valence * VaderLexicon.NEGATION : valence;
        }
        if ((w[i - 3].equals("never") && soOrThis(w[i - 2])) || soOrThis(w[i - 1])) {
            return valence * 1.25;
        }
        if (w[i - 3].equals("without") && (w[i - 2].equals("doubt") || w[i - 1].equals("doubt"))) {
            return valence;
        }
        return lexicon.negates(w[i - 3]) ? valence * VaderLexicon.NEGATION : valence;
    }

    private static boolean soOrThis(String word) {
        return word.equals("so") || word.equals("this");
    }

    /** Phrases scored as a whole around word {@code i} (i > 2), then two- and three-word dampeners before it. */
    private double phrases(String[] w, int n, int i, double valence) {
        double found = phrase(w, i - 1, i);
        if (Double.isNaN(found)) {
            found = phrase(w, i - 2, i);
        }
        if (Double.isNaN(found)) {
            found = phrase(w, i - 2, i - 1);
        }
        if (Double.isNaN(found)) {
            found = phrase(w, i - 3, i - 1);
        }
        if (Double.isNaN(found)) {
            found = phrase(w, i - 3, i - 2);
        }
        if (!Double.isNaN(found)) {
            valence = found;
        }
        if (n - 1 > i) {
            double after = phrase(w, i, i + 1);
            if (!Double.isNaN(after)) {
                valence = after;
            }
        }
        if (n - 1 > i + 1) {
            double after = phrase(w, i, i + 2);
            if (!Double.isNaN(after)) {
                valence = after;
            }
        }
        valence += degreePhrase(w, i - 3, i - 1);
        valence += degreePhrase(w, i - 3, i - 2);
        valence += degreePhrase(w, i - 2, i - 1);
        return valence;
    }

    /** The whole-phrase valence of words {@code a..b} (inclusive), NaN when they are no such phrase. */
    private double phrase(String[] w, int a, int b) {
        String joined = joined(w, a, b);
        return joined == null ? Double.NaN : lexicon.phrase(joined);
    }

    private double degreePhrase(String[] w, int a, int b) {
        String joined = joined(w, a, b);
        return joined == null ? 0 : lexicon.degree(joined);
    }

    /** Words a..b joined by spaces, or null when one of them occurs in no phrase (the common case, kept cheap). */
    private String joined(String[] w, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (!lexicon.inPhrase(w[k])) {
                return null;
            }
        }
        StringBuilder sb = new StringBuilder(w[a]);
        for (int k = a + 1; k <= b; k++) {
            sb.append(' ').append(w[k]);
        }
        return sb.toString();
    }

    /**
     * After the first "but", valences before it count half and those after it one and a half. As in vaderSentiment,
     * each value rescales the first position holding an equal value (almost always its own).
     */
    private static void shiftAroundBut(VaderText t, double[] valences) {
        int but = -1;
        for (int i = 0; i < t.size; i++) {
            if (t.lower[i].equals("but")) {
                but = i;
                break;
            }
        }
        if (but < 0) {
            return;
        }
        for (int k = 0; k < valences.length; k++) {
            double v = valences[k];
            if (v == 0) {
                continue;
            }
            int first = 0;
            while (valences[first] != v) {
                first++;
            }
            if (first < but) {
                valences[first] = v * 0.5;
            } else if (first > but) {
                valences[first] = v * 1.5;
            }
        }
    }

    /** The words with valence, merged per span (an emoji's description words share its span), strongest first. */
    private static List<SentimentDriver> drivers(String text, VaderText t, double[] valences) {
        List<SentimentDriver> drivers = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (valences[i] == 0) {
                continue;
            }
            int last = drivers.size() - 1;
            if (last >= 0 && drivers.get(last).start() == t.start[i] && drivers.get(last).end() == t.end[i]) {
                SentimentDriver previous = drivers.get(last);
                drivers.set(last, new SentimentDriver(previous.term(), previous.start(), previous.end(),
                        previous.weight() + valences[i]));
            } else {
                drivers.add(new SentimentDriver(text.substring(t.start[i], t.end[i]), t.start[i], t.end[i],
                        valences[i]));
            }
        }
        drivers.sort(Comparator.comparingDouble((SentimentDriver d) -> -Math.abs(d.weight())));
        return drivers;
    }
}
