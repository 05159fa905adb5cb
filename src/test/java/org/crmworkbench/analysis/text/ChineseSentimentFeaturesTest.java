package org.crmworkbench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChineseSentimentFeaturesTest {
    private final ChineseSegmenter segmenter = new ChineseSegmenter();
    private final ChineseSentimentFeatures features = new ChineseSentimentFeatures();

    private Map<String, Double> values(String text) {
        return features.of(text, segmenter.words(text)).stream()
                .collect(Collectors.toMap(ChineseSentimentFeatures.Feature::name,
                        ChineseSentimentFeatures.Feature::value));
    }

    @Test
    void negationMarksTheNextWordsOfItsClauseOnly() {
        Map<String, Double> v = values("服务不满意，包装满意");
        assertTrue(v.containsKey("!满意"), v.toString());
        assertTrue(v.containsKey("不"));
        assertTrue(v.containsKey("满意"), "the second clause's 满意 is not negated: " + v);
        assertTrue(v.containsKey("服务 不") && v.containsKey("不 满意"), "word pairs within a clause: " + v);
        assertFalse(v.containsKey("满意 包装"), "no pair across the comma: " + v);
    }

    @Test
    void degreeWordsScaleTheNextWordAndSoftenANegation() {
        assertEquals(1.5, values("非常满意").get("满意"));
        assertEquals(1.25, values("很满意").get("满意"));
        assertEquals(0.5, values("稍微满意").get("满意"));
        assertEquals(1.0, values("满意").get("满意"));
        Map<String, Double> notVery = values("不太满意");
        assertEquals(0.75, notVery.get("!满意"), notVery.toString());
        assertFalse(notVery.containsKey("满意"));
    }

    @Test
    void theVectorIsScaledToUnitLengthAndNegatedSpansReachBackToTheNegation() {
        String text = "服务不满意";
        List<TextTerm> words = segmenter.words(text);
        List<ChineseSentimentFeatures.Feature> found = features.of(text, words);
        double scale = ChineseSentimentFeatures.unitScale(found);
        double length = Math.sqrt(found.stream().mapToDouble(f -> f.value() * scale * f.value() * scale).sum());
        assertEquals(1.0, length, 1e-12);
        ChineseSentimentFeatures.Feature negated = found.stream().filter(f -> f.name().equals("!满意")).findFirst()
                .orElseThrow();
        assertEquals("不", words.get(negated.first()).term());
        assertEquals("满意", words.get(negated.anchor()).term());
    }
}
