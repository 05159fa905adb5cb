package org.crmworkbench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordRankingTest {
    @Test
    void weightsAreGroupTextsTimesSmoothedIdfWithPhrasesCoveringTheirWords() {
        List<List<String>> docs = List.of(List.of("late", "delivery", "late", "courier"),
                List.of("late", "delivery", "slow"), List.of("slow", "courier", "delivery"),
                List.of("quality", "great", "stitching"), List.of("quality", "great", "great"),
                List.of("quality", "sturdy", "stitching"), List.of("sturdy", "delivery"));
        TermDocuments documents = new TermDocuments(Language.ENGLISH,
                List.of("Late delivery, late courier", "late delivery slow", "slow courier delivery", "q", "q", "q",
                        "sturdy delivery"), docs);
        List<Keyword> keywords = new KeywordRanking(documents).rank(Language.ENGLISH, SentimentLabel.NEGATIVE,
                new int[] {0, 1, 2}, 10);
        double delivery = 3 * (Math.log(8.0 / 5) + 1);
        double twoOfSeven = 2 * (Math.log(8.0 / 3) + 1);
        // "late delivery" (texts 0 and 1) ties with late, courier and slow, and goes first as a phrase; it covers
        // both texts of "late", which is left out; "delivery late" is cut by the comma, the other phrases are in one
        // text only
        assertEquals(List.of("delivery", "late delivery", "courier", "slow"),
                keywords.stream().map(Keyword::term).toList());
        assertEquals(1.0, keywords.get(0).weight());
        assertEquals(twoOfSeven / delivery, keywords.get(1).weight(), 1e-12);
        assertEquals(List.of(3, 2, 2, 2), keywords.stream().map(Keyword::texts).toList());
        assertEquals(SentimentLabel.NEGATIVE, keywords.get(0).label());
    }
}
