package org.crmworkbench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    private final TextAnalyzer auto = FakeTextParts.analyzer(LanguageChoice.AUTO);

    @Test
    void theDeclaredLanguageCountsUnderAutoAndTheUsersChoiceOverridesEverything() {
        assertEquals(Language.ENGLISH, auto.analyze("good value", null).language());
        assertEquals(Language.CHINESE, auto.analyze("物流很快", null).language());
        assertEquals(Language.CHINESE, auto.analyze("good value", "zh").language());
        assertEquals(Language.ENGLISH, auto.analyze("物流很快", "EN").language());
        assertEquals(Language.ENGLISH, auto.analyze("物流很快", "en-GB").language());
        assertEquals(Language.CHINESE, auto.analyze("物流很快", "fr").language(), "fr: the detector decides");
        assertEquals(Language.ENGLISH, auto.analyze("good value", "other").language());
        TextAnalyzer chinese = auto.withChoice(LanguageChoice.CHINESE);
        assertEquals(Language.CHINESE, chinese.analyze("good value", "en").language());
        assertEquals(LanguageChoice.CHINESE, chinese.choice());
    }

    @Test
    void aTextInAnotherLanguageIsNeutralWithNoWords() {
        AnalyzedText other = auto.analyze("Очень плохая доставка", null);
        assertEquals(Language.OTHER, other.language());
        assertEquals(0.0, other.sentiment().score());
        assertEquals(SentimentLabel.NEUTRAL, other.sentiment().label());
        assertTrue(other.terms().isEmpty());
        assertTrue(other.aspects().isEmpty());
    }

    @Test
    void contentWordsLeaveOutStopWordsNumbersAndSingleLetters() {
        AnalyzedText text = auto.analyze("The delivery was 3 days late, x marks the box", null);
        assertEquals(List.of("delivery", "days", "late", "marks", "box"), text.terms());
    }

    @Test
    void eachAspectGetsTheSentimentOfItsOwnClause() {
        AnalyzedText text = auto.analyze("The price is great but delivery was slow and late. Quality is sturdy!",
                null);
        Map<Aspect, AspectMention> byAspect = byAspect(text);
        assertEquals(3, text.aspects().size(), text.aspects().toString());
        assertTrue(byAspect.get(Aspect.PRICE).score() > 0.05);
        assertTrue(byAspect.get(Aspect.DELIVERY).score() < -0.05);
        assertEquals("delivery", byAspect.get(Aspect.DELIVERY).term());
        assertTrue(byAspect.get(Aspect.QUALITY).score() > 0.05);
        assertEquals(WordListSentiment.english().score("but delivery was slow and late").score(),
                byAspect.get(Aspect.DELIVERY).score(), 1e-12, "the clause starts at 'but'");
    }

    @Test
    void chineseAspectsAreFoundInsideWordsAndScoredPerClause() {
        AnalyzedText text = auto.analyze("价格很便宜，但是物流太慢了！客服态度差", null);
        Map<Aspect, AspectMention> byAspect = byAspect(text);
        assertTrue(byAspect.get(Aspect.PRICE).score() > 0.05);
        assertTrue(byAspect.get(Aspect.DELIVERY).score() < -0.05);
        assertTrue(byAspect.get(Aspect.SERVICE).score() < -0.05);
        assertEquals(3, text.aspects().size(), "客服 and 态度 are one mention of service in their clause");
    }

    @Test
    void aTermOfSeveralWordsMatchesAcrossSpacingAndCase() {
        AnalyzedText text = auto.analyze("Good VALUE  FOR money, and I asked for my Money back", null);
        Map<Aspect, AspectMention> byAspect = byAspect(text);
        assertEquals("VALUE  FOR money", byAspect.get(Aspect.PRICE).term());
        assertEquals("Money back", byAspect.get(Aspect.RETURNS).term());
    }

    @Test
    void clausesSplitAtPunctuationAndContrastWordsButNotInsideNumbers() {
        String text = "It weighs 3.5 kg, costs 1,200 yuan; but fine.好的，可是慢";
        List<String> clauses = AspectTerms.clauses(text).stream()
                .map(span -> text.substring(span[0], span[1]).strip()).toList();
        assertEquals(List.of("It weighs 3.5 kg", "costs 1,200 yuan", "but fine", "好的", "可是慢"), clauses);
    }

    private static Map<Aspect, AspectMention> byAspect(AnalyzedText text) {
        java.util.Map<Aspect, AspectMention> map = new java.util.EnumMap<>(Aspect.class);
        text.aspects().forEach(m -> map.putIfAbsent(m.aspect(), m));
        return map;
    }
}
