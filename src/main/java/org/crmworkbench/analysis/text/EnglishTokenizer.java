package org.crmworkbench.analysis.text;

import java.util.List;

/** English words (letters, digits, inner apostrophes and hyphens), lower-cased, with an English stop-word list. */
public final class EnglishTokenizer implements Tokenizer {
    @Override
    public List<TextTerm> words(String text) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public boolean isStopWord(String term) {
        throw new UnsupportedOperationException("not yet");
    }
}
