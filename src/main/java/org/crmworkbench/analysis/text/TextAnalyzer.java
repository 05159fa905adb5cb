package org.crmworkbench.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One text in, its language, sentiment, content words and aspects out: the detector picks the language (or the
 * user's choice fixes it), the language's tokenizer and sentiment model do the rest. A text in another language is
 * scored neutral with no words. Models load once, in the constructor; safe to share between threads.
 */
public final class TextAnalyzer {
    private final LanguageChoice choice;
    private final Function<String, Language> detector;
    private final Tokenizer englishWords;
    private final SentimentModel englishSentiment;
    private final Tokenizer chineseWords;
    private final SentimentModel chineseSentiment;
    private final AspectTerms aspectTerms;

    /** The analyser with the models shipped in the jar. */
    public TextAnalyzer(LanguageChoice choice) {
        this(choice, new LanguageDetector()::detect, new EnglishTokenizer(), EnglishSentiment.load(),
                new ChineseSegmenter(), ChineseSentiment.load(), AspectTerms.load());
    }

    /**
     * The analyser made of the given parts (each safe to share between threads).
     *
     * @param detector the language of a text, when neither the choice nor the source fixes it
     */
    public TextAnalyzer(LanguageChoice choice, Function<String, Language> detector, Tokenizer englishWords,
                        SentimentModel englishSentiment, Tokenizer chineseWords, SentimentModel chineseSentiment,
                        AspectTerms aspectTerms) {
        this.choice = Objects.requireNonNull(choice, "choice");
        this.detector = Objects.requireNonNull(detector, "detector");
        this.englishWords = Objects.requireNonNull(englishWords, "englishWords");
        this.englishSentiment = Objects.requireNonNull(englishSentiment, "englishSentiment");
        this.chineseWords = Objects.requireNonNull(chineseWords, "chineseWords");
        this.chineseSentiment = Objects.requireNonNull(chineseSentiment, "chineseSentiment");
        this.aspectTerms = Objects.requireNonNull(aspectTerms, "aspectTerms");
    }

    public LanguageChoice choice() {
        return choice;
    }

    /** The same analyser, models shared, deciding languages by {@code other}. */
    public TextAnalyzer withChoice(LanguageChoice other) {
        return other == choice ? this : new TextAnalyzer(other, detector, englishWords, englishSentiment,
                chineseWords, chineseSentiment, aspectTerms);
    }

    /**
     * @param text             the text
     * @param declaredLanguage the language code its source gives, or null; used only when the choice is
     *                         {@link LanguageChoice#AUTO} and the code is {@code en} or {@code zh}
     */
    public AnalyzedText analyze(String text, String declaredLanguage) {
        Language language = languageOf(text, declaredLanguage);
        Tokenizer tokenizer;
        SentimentModel model;
        switch (language) {
            case ENGLISH -> {
                tokenizer = englishWords;
                model = englishSentiment;
            }
            case CHINESE -> {
                tokenizer = chineseWords;
                model = chineseSentiment;
            }
            default -> {
                return new AnalyzedText(language, SentimentScore.neutral(), List.of(), List.of());
            }
        }
        SentimentScore sentiment = model.score(text);
        List<TextTerm> words = tokenizer.contentWords(text);
        List<String> terms = new ArrayList<>(words.size());
        for (TextTerm word : words) {
            String term = word.term();
            if (isContent(term, language)) {
                terms.add(term);
            }
        }
        return new AnalyzedText(language, sentiment, terms, aspectTerms.mentions(text, language, model));
    }

    /** The language {@code text} is analysed in. */
    public Language languageOf(String text, String declaredLanguage) {
        return switch (choice) {
            case ENGLISH -> Language.ENGLISH;
            case CHINESE -> Language.CHINESE;
            case AUTO -> {
                Language declared = declaredLanguage == null ? null
                        : Language.ofCode(declaredLanguage.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0]);
                yield declared == Language.ENGLISH || declared == Language.CHINESE ? declared : detector.apply(text);
            }
        };
    }

    /** Numbers, lone punctuation and one-letter English words carry no topic. */
    private static boolean isContent(String term, Language language) {
        if (term.isBlank()) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLetter(term.charAt(i))) {
                letter = true;
                break;
            }
        }
        return letter && !(language == Language.ENGLISH && term.length() < 2);
    }
}
