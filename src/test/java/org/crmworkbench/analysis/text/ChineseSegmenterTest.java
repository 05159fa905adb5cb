package org.crmworkbench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class ChineseSegmenterTest {
    private final ChineseSegmenter segmenter = new ChineseSegmenter();

    private List<String> terms(String text) {
        return segmenter.words(text).stream().map(TextTerm::term).toList();
    }

    @Test
    void segmentsAClearSentenceIntoDictionaryWordsAndDropsPunctuation() {
        // smartcn's dictionary holds 很快 ("quickly") as one word; 很 before 仔细 stands alone
        assertEquals(List.of("物流", "很快", "包装", "也", "很", "仔细"), terms("物流很快，包装也很仔细。"));
        assertEquals(List.of("质量", "很", "好", "超出", "预期"), terms("质量很好，超出预期。"));
        assertEquals(List.of("门店", "店员", "态度", "很", "差"), terms("门店店员态度很差！"));
    }

    @Test
    void offsetsPointAtTheWordsInTheOriginalText() {
        String text = "  物流很快，包装也很仔细。比预计早一天就送到了！";
        List<TextTerm> words = segmenter.words(text);
        assertFalse(words.isEmpty());
        int previousEnd = 0;
        for (TextTerm word : words) {
            assertEquals(word.term(), text.substring(word.start(), word.end()), word.toString());
            assertTrue(word.start() >= previousEnd, "words in order without overlap");
            previousEnd = word.end();
        }
        assertEquals(2, words.get(0).start());
        assertEquals(4, words.get(0).end());
    }

    @Test
    void latinWordsInChineseTextAreLowerCasedWithTheirOriginalSpans() {
        String text = "我买了iPhone 15 Pro，ＡＢＣ很好用";
        List<TextTerm> words = segmenter.words(text);
        assertEquals(List.of("我", "买", "了", "iphone", "15", "pro", "abc", "很", "好", "用"),
                words.stream().map(TextTerm::term).toList());
        TextTerm iphone = words.get(3);
        assertEquals("iPhone", text.substring(iphone.start(), iphone.end()));
        TextTerm fullWidth = words.get(6);
        assertEquals("ＡＢＣ", text.substring(fullWidth.start(), fullWidth.end()), "full-width letters keep their span");
    }

    @Test
    void emptyAndPunctuationOnlyTextsHaveNoWords() {
        assertTrue(segmenter.words("").isEmpty());
        assertTrue(segmenter.words(null).isEmpty());
        assertTrue(segmenter.words("，。！？……").isEmpty());
    }

    @Test
    void stopWordsAreFunctionWordsNumbersAndSingleLatinLetters() {
        assertTrue(segmenter.isStopWord("的"));
        assertTrue(segmenter.isStopWord("也"));
        assertTrue(segmenter.isStopWord("the"));
        assertTrue(segmenter.isStopWord("15"));
        assertTrue(segmenter.isStopWord("x"));
        assertFalse(segmenter.isStopWord("物流"));
        assertFalse(segmenter.isStopWord("包装"));
        assertFalse(segmenter.isStopWord("iphone"));
        assertEquals(List.of("物流", "很快", "包装", "仔细"),
                segmenter.contentWords("物流很快，包装也很仔细。").stream().map(TextTerm::term).toList());
    }

    @Test
    void oneSegmenterServesManyThreadsWithTheSameAnswers() throws Exception {
        String text = "物流太慢了，延迟了也没有任何通知。门店店员态度很差，爱答不理。";
        List<TextTerm> expected = segmenter.words(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TextTerm>>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> segmenter.words(text)));
            }
            for (Future<List<TextTerm>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
