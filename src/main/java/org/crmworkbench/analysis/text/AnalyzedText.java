package org.crmworkbench.analysis.text;

import java.util.List;
import java.util.Objects;

/**
 * What {@link TextAnalyzer} makes of one text.
 *
 * @param language  the language it was analysed in
 * @param sentiment its sentiment
 * @param terms     its content words (normalised), for keywords and topics
 * @param aspects   the aspects it talks about
 */
public record AnalyzedText(Language language, SentimentScore sentiment, List<String> terms,
                           List<AspectMention> aspects) {
    public AnalyzedText {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sentiment, "sentiment");
        terms = List.copyOf(terms);
        aspects = List.copyOf(aspects);
    }
}
