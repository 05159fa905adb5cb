package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.crmworkbench.analysis.text.Language;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.analysis.text.TextTerm;
import org.crmworkbench.analysis.text.Tokenizer;

/**
 * The terms the matcher sees in a question, in the question's language: its words, its word pairs and its character
 * n-grams.
 *
 * <p>The language is the row's when given, else detected ({@link TextAnalyzer#languageOf}). Chinese questions are
 * segmented by smartcn ({@code ChineseSegmenter}), all others split by the English word rules
 * ({@code EnglishTokenizer}); words are lower case. Stop words are kept: for an intent they carry the question's
 * kind ("where is" against "how much", "能不能" against "多少"). The features are
 * <ul>
 *   <li>every word ({@code w:}) and every pair of neighbouring words ({@code b:});</li>
 *   <li>English (and any non-Chinese) text: the character n-grams of 2 to 5 letters of each word padded with a space
 *   on each side ({@code c:}), so that "refund" and "refunds" share most of their grams and a typo loses few;</li>
 *   <li>Chinese text: the character 1- to 3-grams of each run of letters and digits ({@code c:}), across word
 *   boundaries, so that a word smartcn segments differently in two questions still shares its characters.</li>
 * </ul>
 * Safe to share between threads.
 */
final class QuestionTerms {
    private static final int MIN_GRAM_EN = 2;
    private static final int MAX_GRAM_EN = 5;
    private static final int MAX_GRAM_ZH = 3;

    private final TextAnalyzer analyzer;
    private final Tokenizer englishWords;
    private final Tokenizer chineseWords;

    QuestionTerms(TextAnalyzer analyzer, Tokenizer englishWords, Tokenizer chineseWords) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.englishWords = Objects.requireNonNull(englishWords, "englishWords");
        this.chineseWords = Objects.requireNonNull(chineseWords, "chineseWords");
    }

    /** A question's language, words (for retrieval) and features (for the classifier). */
    record Terms(Language language, List<String> words, List<String> features) {
        Terms {
            words = List.copyOf(words);
            features = List.copyOf(features);
        }
    }

    /**
     * @param declaredLanguage the row's language code, or null to detect it
     */
    Terms of(String question, String declaredLanguage) {
        Language language = analyzer.languageOf(question, declaredLanguage);
        boolean chinese = language == Language.CHINESE;
        List<TextTerm> tokens = (chinese ? chineseWords : englishWords).words(question);
        List<String> words = new ArrayList<>(tokens.size());
        for (TextTerm token : tokens) {
            words.add(token.term());
        }
        List<String> features = new ArrayList<>(words.size() * 12);
        for (int i = 0; i < words.size(); i++) {
            features.add("w:" + words.get(i));
            if (i > 0) {
                features.add("b:" + words.get(i - 1) + ' ' + words.get(i));
            }
        }
        if (chinese) {
            chineseGrams(question.toLowerCase(Locale.ROOT), features);
        } else {
            for (String word : words) {
                englishGrams(word, features);
            }
        }
        return new Terms(language, words, features);
    }

    private static void englishGrams(String word, List<String> features) {
        String padded = ' ' + word + ' ';
        int length = padded.length();
        for (int n = MIN_GRAM_EN; n <= MAX_GRAM_EN; n++) {
            for (int start = 0; start + n <= length; start++) {
                features.add("c:" + padded.substring(start, start + n));
            }
            if (n >= length) {
                break;
            }
        }
    }

    private static void chineseGrams(String text, List<String> features) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            for (int from = start; from < i; from++) {
                for (int size = 1; size <= MAX_GRAM_ZH && from + size <= i; size++) {
                    features.add("c:" + text.substring(from, from + size));
                }
            }
        }
    }
}
