package org.crmworkbench.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English words (letters, digits, inner apostrophes and hyphens), lower-cased, with an English stop-word list.
 *
 * <p>A word is a run of letters, digits and combining marks; an apostrophe (straight or curly) or a hyphen inside it
 * keeps it whole ("don't", "well-packed", "customer's"), anywhere else it separates. Terms are lower case with curly
 * apostrophes made straight, so "Don’t" and "don't" count as one. The stop words (237 function words) are the
 * resource {@code org/crmworkbench/analysis/text/en/stopwords_en.txt}, read once by the constructor.
 */
public final class EnglishTokenizer implements Tokenizer {
    private static final String STOP_WORDS = "/org/crmworkbench/analysis/text/en/stopwords_en.txt";

    private final Set<String> stopWords;

    /** Reads the stop-word list from the jar. */
    public EnglishTokenizer() {
        Set<String> words = new HashSet<>();
        try (InputStream in = EnglishTokenizer.class.getResourceAsStream(STOP_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STOP_WORDS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stopWords = Set.copyOf(words);
    }

    @Override
    public List<TextTerm> words(String text) {
        List<TextTerm> terms = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < n) {
                int c = text.codePointAt(i);
                if (isWordChar(c)) {
                    i += Character.charCount(c);
                } else if (isJoiner(c) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            terms.add(new TextTerm(normalised(text.substring(start, i)), start, i));
        }
        return terms;
    }

    @Override
    public boolean isStopWord(String term) {
        return stopWords.contains(term) || stopWords.contains(normalised(term));
    }

    /** The words that can name a topic: no stop words, no numbers (terms without a letter), no one-letter words. */
    @Override
    public List<TextTerm> contentWords(String text) {
        List<TextTerm> content = new ArrayList<>();
        for (TextTerm t : words(text)) {
            String term = t.term();
            if (term.codePointCount(0, term.length()) > 1 && hasLetter(term) && !stopWords.contains(term)) {
                content.add(t);
            }
        }
        return content;
    }

    /** How many stop words the list holds. */
    public int stopWordCount() {
        return stopWords.size();
    }

    private static String normalised(String word) {
        return word.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isJoiner(int c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010';
    }

    private static boolean hasLetter(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLetter(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
