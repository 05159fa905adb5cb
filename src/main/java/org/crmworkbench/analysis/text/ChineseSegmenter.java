package org.crmworkbench.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Chinese word segmentation with Lucene's smartcn (a hidden Markov model over its bundled dictionary, Apache-2.0),
 * with a Chinese stop-word list; Latin words inside Chinese text come out as words too.
 *
 * <p>The words come straight from smartcn's {@link HMMChineseTokenizer} (sentence splitting, then the word lattice of
 * each sentence), not from {@code SmartChineseAnalyzer}: no stop filter and no Porter stemming, so every word keeps
 * its character offsets. smartcn's own filter has already turned full-width Latin letters and digits into half-width
 * ones and lower-cased Latin letters; tokens without a letter or digit (punctuation, which smartcn reports as a
 * delimiter) are dropped.
 *
 * <p>The stop words are SnowNLP's {@code normal/stopwords.txt} (MIT, its licence stands next to the list in
 * {@code zh/SNOWNLP-LICENSE.txt}): Chinese function words and English ones; {@code zh/stopwords-extra.txt} adds the
 * degree adverbs, negation words and particles that list lacks (很 太 不 没 ...).
 *
 * <p>Lucene tokenizers keep state and are not thread-safe, so each call to {@link #words} takes a tokenizer of its
 * own from a small pool of idle ones (or makes one when none is idle) and puts it back afterwards; no thread-locals.
 * smartcn's dictionaries are loaded once by Lucene and shared. A fresh tokenizer costs about 7 microseconds of CPU,
 * some 30% of segmenting a typical feedback text, which is what the pool saves ({@code ChineseSentimentBenchmark}).
 * Instances are safe to share between threads.
 */
public final class ChineseSegmenter implements Tokenizer {
    private static final List<String> STOP_WORD_LISTS = List.of("zh/stopwords.txt", "zh/stopwords-extra.txt");

    private final Set<String> stopWords;
    /** Tokenizers not in use; a call takes one (or makes one when none is idle) and puts it back. */
    private final ArrayBlockingQueue<SmartcnTokenizer> idle =
            new ArrayBlockingQueue<>(2 * Runtime.getRuntime().availableProcessors());

    /** A smartcn tokenizer with its attributes, used by one call at a time. */
    private static final class SmartcnTokenizer {
        private final HMMChineseTokenizer tokenizer = new HMMChineseTokenizer();
        private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);

        void words(String text, List<TextTerm> words) throws IOException {
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    int start = offset.startOffset();
                    int end = offset.endOffset();
                    if (end > start && hasLetterOrDigit(text, start, end)) {
                        words.add(new TextTerm(normalise(term.toString()), start, end));
                    }
                }
                tokenizer.end();
            } finally {
                tokenizer.close();
            }
        }
    }

    /** Loads the stop-word list from the jar. */
    public ChineseSegmenter() {
        Set<String> words = new HashSet<>();
        for (String list : STOP_WORD_LISTS) {
            readStopWords(list, words);
        }
        this.stopWords = Set.copyOf(words);
    }

    @Override
    public List<TextTerm> words(String text) {
        List<TextTerm> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        SmartcnTokenizer tokenizer = idle.poll();
        if (tokenizer == null) {
            tokenizer = new SmartcnTokenizer();
        }
        try {
            tokenizer.words(text, words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        idle.offer(tokenizer);
        return words;
    }

    @Override
    public boolean isStopWord(String term) {
        return stopWords.contains(term) || isNumber(term) || term.codePointCount(0, term.length()) == 1
                && term.charAt(0) < 0x80;
    }

    private static String normalise(String term) {
        return term.toLowerCase(Locale.ROOT);
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String term) {
        if (term.isEmpty()) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != '%' && "零一二三四五六七八九十百".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void readStopWords(String resource, Set<String> words) {
        InputStream in = ChineseSegmenter.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !line.startsWith("# ")) {
                    words.add(normalise(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
