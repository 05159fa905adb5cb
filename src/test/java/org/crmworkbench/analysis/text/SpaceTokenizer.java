package org.crmworkbench.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A stand-in English tokenizer for tests: runs of letters and digits, lower-cased, a short stop-word list. */
final class SpaceTokenizer implements Tokenizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private final Set<String> stopWords = Set.of("the", "a", "an", "and", "was", "is", "it", "of", "to", "i", "my",
            "again", "but", "very", "this", "with", "for", "not", "no", "me", "so", "were", "in", "on", "all");

    @Override
    public List<TextTerm> words(String text) {
        List<TextTerm> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new TextTerm(matcher.group().toLowerCase(Locale.ROOT), matcher.start(), matcher.end()));
        }
        return words;
    }

    @Override
    public boolean isStopWord(String term) {
        return stopWords.contains(term);
    }
}
