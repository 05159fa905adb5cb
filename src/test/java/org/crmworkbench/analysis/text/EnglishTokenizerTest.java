package org.crmworkbench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishTokenizerTest {
    private final EnglishTokenizer tokenizer = new EnglishTokenizer();

    private static List<String> terms(List<TextTerm> words) {
        return words.stream().map(TextTerm::term).toList();
    }

    @Test
    void wordsKeepInnerApostrophesAndHyphensAndAreLowerCased() {
        String text = "Don\u2019t buy the Well-Packed box, it's 2x the price!";
        List<TextTerm> words = tokenizer.words(text);
        assertEquals(List.of("don't", "buy", "the", "well-packed", "box", "it's", "2x", "the", "price"), terms(words));
        TextTerm packed = words.get(3);
        assertEquals("Well-Packed", text.substring(packed.start(), packed.end()));
        for (TextTerm t : words) {
            assertEquals(t.term(), text.substring(t.start(), t.end()).replace('\u2019', '\'').toLowerCase());
        }
    }

    @Test
    void apostrophesAndHyphensAtTheEdgesSeparate() {
        assertEquals(List.of("quoted", "dash", "end", "rock", "n", "roll"),
                terms(tokenizer.words("'quoted' -dash- end-- rock 'n' roll")));
        assertEquals(List.of("café", "naïve"), terms(tokenizer.words("Café... NAÏVE?")));
        assertTrue(tokenizer.words("").isEmpty());
        assertTrue(tokenizer.words(" ,.!? -- '' ").isEmpty());
    }

    @Test
    void contentWordsDropStopWordsNumbersAndSingleLetters() {
        List<TextTerm> content = tokenizer.contentWords("I paid 15 dollars in 2023 for a x-ray and it was NOT worth it, x");
        assertEquals(List.of("paid", "dollars", "x-ray", "worth"), terms(content));
    }

    @Test
    void stopWordsAreFunctionWordsOnly() {
        assertTrue(tokenizer.isStopWord("the"));
        assertTrue(tokenizer.isStopWord("The"));
        assertTrue(tokenizer.isStopWord("don't"));
        assertTrue(tokenizer.isStopWord("don\u2019t"));
        assertFalse(tokenizer.isStopWord("delivery"));
        assertFalse(tokenizer.isStopWord("good"));
        assertFalse(tokenizer.isStopWord("bad"));
        assertTrue(tokenizer.stopWordCount() > 200);
    }
}
