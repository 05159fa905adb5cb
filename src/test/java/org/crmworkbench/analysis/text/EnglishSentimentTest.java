package org.crmworkbench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Labels, drivers and their spans; the scores themselves are pinned against Python by the agreement test. */
class EnglishSentimentTest {
    private static EnglishSentiment vader;

    @BeforeAll
    static void load() {
        vader = EnglishSentiment.load();
    }

    @Test
    void lexiconHoldsVadersDistinctEntries() {
        assertEquals(7506, vader.lexiconSize());
    }

    @Test
    void labelsFollowTheCompoundWithVadersNeutralBand() {
        SentimentScore good = vader.score("The book was good.");
        assertEquals(0.4404, good.score(), 0.0);
        assertEquals(SentimentLabel.POSITIVE, good.label());
        SentimentScore bad = vader.score("The delivery was not good.");
        assertEquals(SentimentLabel.NEGATIVE, bad.label());
        SentimentScore plain = vader.score("The box is blue.");
        assertEquals(0.0, plain.score(), 0.0);
        assertEquals(SentimentLabel.NEUTRAL, plain.label());
        assertTrue(plain.drivers().isEmpty());
    }

    @Test
    void textsWithoutWordsAreNeutral() {
        for (String text : List.of("", "   ", "\t\n")) {
            assertEquals(SentimentScore.neutral(), vader.score(text));
            assertEquals(new VaderPolarity(0, 0, 0, 0), vader.polarity(text));
        }
    }

    @Test
    void driversCarryTheirWeightAfterTheRulesStrongestFirst() {
        String text = "The food was great but the delivery was awful.";
        List<SentimentDriver> drivers = vader.score(text).drivers();
        assertEquals(2, drivers.size());
        SentimentDriver awful = drivers.get(0);
        assertEquals("awful", awful.term());
        assertEquals(text.indexOf("awful"), awful.start());
        assertEquals(text.indexOf("awful") + 5, awful.end());
        assertEquals(-2.0 * 1.5, awful.weight(), 1e-12); // lexicon -2.0, after "but" times 1.5
        SentimentDriver great = drivers.get(1);
        assertEquals("great", great.term());
        assertEquals(3.1 * 0.5, great.weight(), 1e-12); // lexicon 3.1, before "but" halved
        for (SentimentDriver d : drivers) {
            assertEquals(d.term(), text.substring(d.start(), d.end()));
        }
    }

    @Test
    void negationAndCapitalsShowInTheDriverWeight() {
        SentimentDriver good = vader.score("The delivery was not good.").drivers().get(0);
        assertEquals("good", good.term());
        assertEquals(1.9 * -0.74, good.weight(), 1e-12);
        SentimentDriver great = vader.score("The product is GREAT today").drivers().get(0);
        assertEquals("GREAT", great.term());
        assertEquals(3.1 + 0.733, great.weight(), 1e-12);
    }

    @Test
    void punctuationAroundAWordIsNotPartOfItsSpanButEmoticonsKeepTheirs() {
        String text = "Terrible!!! Love it :)";
        List<SentimentDriver> drivers = vader.score(text).drivers();
        assertTrue(drivers.stream().anyMatch(d -> d.term().equals("Terrible") && d.start() == 0 && d.end() == 8));
        assertTrue(drivers.stream().anyMatch(d -> d.term().equals(":)") && d.start() == text.indexOf(":)")));
    }

    @Test
    void anEmojisDescriptionWordsMergeIntoOneDriverOnTheEmoji() {
        String text = "Great shop \uD83D\uDE0D ok"; // smiling face with heart-eyes
        List<SentimentDriver> drivers = vader.score(text).drivers();
        SentimentDriver emoji = drivers.stream().filter(d -> d.start() == 11).findFirst().orElseThrow();
        assertEquals("\uD83D\uDE0D", emoji.term());
        assertEquals(13, emoji.end());
        assertTrue(emoji.weight() > 0);
        assertEquals(1, drivers.stream().filter(d -> d.start() == 11).count());
    }

    @Test
    void polaritySharesAddUpToOne() {
        VaderPolarity p = vader.polarity("The staff were helpful, but the delivery took forever and the box was damaged.");
        assertEquals(1.0, p.negative() + p.neutral() + p.positive(), 0.002);
        assertTrue(p.negative() > 0 && p.positive() > 0);
        assertEquals(p.compound(), vader.score("The staff were helpful, but the delivery took forever and the box was "
                + "damaged.").score(), 0.0);
    }
}
