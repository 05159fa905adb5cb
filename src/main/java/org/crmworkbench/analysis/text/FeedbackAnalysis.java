package org.crmworkbench.analysis.text;

import java.util.List;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.work.Progress;

/**
 * The Feedback workspace's and {@code workbench sentiment}'s analysis, in two steps so the window's filters need no
 * rescoring: {@link #score} (language, sentiment, words and aspects of every text; the costly step, run on all
 * cores) and {@link #summarise} (timeline, breakdowns, keywords, topics, aspects, what changed and the read-first
 * list over the texts a filter keeps).
 */
public final class FeedbackAnalysis {
    /** Every text analysed, in the order given; topics are 0 until {@link #summarise}. */
    public List<ScoredFeedback> score(List<FeedbackText> texts, LanguageChoice choice, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The summaries over the texts {@code filter} keeps. */
    public FeedbackResult summarise(List<ScoredFeedback> scored, FeedbackFilter filter, FeedbackSettings settings,
                                    Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Both steps over all texts. */
    public FeedbackResult run(List<FeedbackText> texts, FeedbackSettings settings, Progress progress) {
        return summarise(score(texts, settings.language(), progress), FeedbackFilter.ALL, settings, progress);
    }

    /** Each customer's feedback in one line (texts without a customer are left out), by customer id. */
    public List<CustomerSentiment> byCustomer(List<ScoredFeedback> scored) {
        throw new UnsupportedOperationException("not yet");
    }
}
