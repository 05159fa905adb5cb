package org.crmworkbench.analysis.text;

import java.util.List;

/**
 * Chinese word segmentation with Lucene's smartcn (a hidden Markov model over its bundled dictionary, Apache-2.0),
 * with a Chinese stop-word list; Latin words inside Chinese text come out as words too.
 */
public final class ChineseSegmenter implements Tokenizer {
    @Override
    public List<TextTerm> words(String text) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public boolean isStopWord(String term) {
        throw new UnsupportedOperationException("not yet");
    }
}
