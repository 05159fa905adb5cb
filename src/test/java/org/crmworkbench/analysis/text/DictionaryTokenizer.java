package org.crmworkbench.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stand-in Chinese segmenter for tests: longest match against a small word list, other Han characters one by
 * one, punctuation dropped.
 */
final class DictionaryTokenizer implements Tokenizer {
    private final Set<String> dictionary = Set.of("物流", "快递", "太慢", "价格", "便宜", "质量", "满意", "喜欢",
            "失望", "包装", "破损", "客服", "态度", "退款", "拉链", "做工", "非常", "但是", "收到", "衣服", "鞋子");
    private final Set<String> stopWords = Set.of("的", "了", "很", "也", "是", "都", "太", "非常", "但是", "就", "我");

    @Override
    public List<TextTerm> words(String text) {
        List<TextTerm> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            for (int length = 4; length >= 2; length--) {
                if (i + length <= text.length() && dictionary.contains(text.substring(i, i + length))) {
                    end = i + length;
                    break;
                }
            }
            words.add(new TextTerm(text.substring(i, end), i, end));
            i = end;
        }
        return words;
    }

    @Override
    public boolean isStopWord(String term) {
        return stopWords.contains(term);
    }
}
