package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a product's texts into the terms content-based recommendation compares.
 *
 * <ul>
 *   <li>Description: lower-cased and split at every character that is neither a letter nor a digit; English stop
 *       words ({@link #STOP_WORDS}) and one-character tokens are dropped. Runs of Chinese (Han) characters become
 *       overlapping character bigrams ("真皮钱包" gives 真皮, 皮钱, 钱包), a run of one character stays one term.</li>
 *   <li>Tags (separated by ';' or ','): each tag is one term, lower-cased with inner white space collapsed and
 *       prefixed {@code tag:}, so "Home-Kitchen" is {@code tag:home-kitchen} and never collides with a word.</li>
 *   <li>Category: one term prefixed {@code cat:}, e.g. {@code cat:books}.</li>
 * </ul>
 *
 * <p>Fields are weighted: a category term counts {@link #CATEGORY_WEIGHT} times, a tag {@link #TAG_WEIGHT} times as
 * much as a description word (weight 1), because the shop assigns them on purpose while descriptions carry filler.
 * The weight multiplies the term's TF-IDF value before the vector is normalised (see {@link TermVectors}). Since the
 * prefixes keep fields apart, every term belongs to exactly one field.
 */
public final class ProductTerms {
    /** Weight of the category term relative to a description word. */
    public static final double CATEGORY_WEIGHT = 3.0;
    /** Weight of a tag relative to a description word. */
    public static final double TAG_WEIGHT = 2.0;
    public static final String CATEGORY_PREFIX = "cat:";
    public static final String TAG_PREFIX = "tag:";

    /** A short list of English function words that say nothing about a product. */
    public static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "for", "from", "has", "have", "he",
            "her", "his", "if", "in", "into", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our",
            "she", "so", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
            "those", "to", "too", "us", "very", "was", "we", "were", "what", "when", "which", "while", "who", "will",
            "with", "you", "your");

    private ProductTerms() {
    }

    /** The description's word terms in text order (repeats kept). */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String s = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        int wordLength = 0;
        List<Integer> han = new ArrayList<>();
        int i = 0;
        while (i <= s.length()) {
            int cp = i < s.length() ? s.codePointAt(i) : -1;
            boolean isHan = cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            boolean isWord = cp >= 0 && !isHan && Character.isLetterOrDigit(cp);
            if (!isWord && wordLength > 0) {
                String w = word.toString();
                if (wordLength > 1 && !STOP_WORDS.contains(w)) {
                    out.add(w);
                }
                word.setLength(0);
                wordLength = 0;
            }
            if (!isHan && !han.isEmpty()) {
                addBigrams(han, out);
                han.clear();
            }
            if (isWord) {
                word.appendCodePoint(cp);
                wordLength++;
            } else if (isHan) {
                han.add(cp);
            }
            i += cp >= 0 ? Character.charCount(cp) : 1;
        }
        return out;
    }

    private static void addBigrams(List<Integer> run, List<String> out) {
        if (run.size() == 1) {
            out.add(new String(Character.toChars(run.get(0))));
            return;
        }
        for (int k = 0; k + 1 < run.size(); k++) {
            out.add(new StringBuilder().appendCodePoint(run.get(k)).appendCodePoint(run.get(k + 1)).toString());
        }
    }

    /** The tag terms ({@code tag:...}) of a tag list separated by ';' or ','. */
    public static List<String> tags(String tags) {
        List<String> out = new ArrayList<>();
        if (tags == null) {
            return out;
        }
        int from = 0;
        for (int i = 0; i <= tags.length(); i++) {
            if (i == tags.length() || tags.charAt(i) == ';' || tags.charAt(i) == ',') {
                String tag = normalise(tags.substring(from, i));
                if (!tag.isEmpty()) {
                    out.add(TAG_PREFIX + tag);
                }
                from = i + 1;
            }
        }
        return out;
    }

    /** The category term ({@code cat:...}), or "" when the category is blank. */
    public static String category(String category) {
        String c = normalise(category);
        return c.isEmpty() ? "" : CATEGORY_PREFIX + c;
    }

    /** All terms of a product: the category term, then tags, then description words. */
    public static List<String> terms(String category, String tags, String description) {
        List<String> out = new ArrayList<>();
        String c = category(category);
        if (!c.isEmpty()) {
            out.add(c);
        }
        out.addAll(tags(tags));
        out.addAll(words(description));
        return out;
    }

    /** The field weight of a term made by this class: category, tag or description word. */
    public static double weight(String term) {
        if (term.startsWith(CATEGORY_PREFIX)) {
            return CATEGORY_WEIGHT;
        }
        return term.startsWith(TAG_PREFIX) ? TAG_WEIGHT : 1.0;
    }

    /** Trimmed, lower-cased, runs of white space turned into one space. */
    private static String normalise(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
