package org.crmworkbench.analysis.text;

/**
 * Tells English, Chinese and other texts apart from their characters: Han characters against Latin letters, with
 * the scripts of other languages (Cyrillic, Arabic, Japanese kana, Hangul ...) and Latin texts that are not English
 * (by their common function words and accented letters) counted as {@link Language#OTHER}.
 */
public final class LanguageDetector {
    /** The language of {@code text}; {@link Language#OTHER} for a text with no letters. */
    public Language detect(String text) {
        throw new UnsupportedOperationException("not yet");
    }
}
