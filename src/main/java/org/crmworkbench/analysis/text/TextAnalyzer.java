package org.crmworkbench.analysis.text;

/**
 * One text in, its language, sentiment, content words and aspects out: the detector picks the language (or the
 * user's choice fixes it), the language's tokenizer and sentiment model do the rest. A text in another language is
 * scored neutral with no words. Models load once, in the constructor; safe to share between threads.
 */
public final class TextAnalyzer {
    private final LanguageChoice choice;

    public TextAnalyzer(LanguageChoice choice) {
        this.choice = choice;
    }

    public LanguageChoice choice() {
        return choice;
    }

    /**
     * @param text             the text
     * @param declaredLanguage the language code its source gives, or null; used only when the choice is
     *                         {@link LanguageChoice#AUTO} and the code is {@code en} or {@code zh}
     */
    public AnalyzedText analyze(String text, String declaredLanguage) {
        throw new UnsupportedOperationException("not yet");
    }
}
