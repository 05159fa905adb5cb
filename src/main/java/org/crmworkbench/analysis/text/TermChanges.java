package org.crmworkbench.analysis.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "What changed": per language, the words and two-word phrases whose share of texts rose most in the last period
 * (the timeline period of the newest text) against all earlier texts, among terms in at least
 * {@value #FEWEST_RECENT} recent texts. A language without earlier or without recent texts has nothing to compare.
 */
final class TermChanges {
    /** Fewest texts of the last period a term must appear in. */
    static final int FEWEST_RECENT = 3;
    private static final double COVERED = 0.8;

    private final FeedbackTimeline timeline;

    TermChanges(FeedbackTimeline timeline) {
        this.timeline = timeline;
    }

    /** Up to {@code limit} rising terms per language, largest rise first over all languages. */
    List<TermChange> of(List<ScoredFeedback> texts, int limit) {
        LocalDate newest = null;
        for (ScoredFeedback text : texts) {
            if (text.text().writtenAt() != null) {
                LocalDate day = text.text().writtenAt().toLocalDate();
                newest = newest == null || day.isAfter(newest) ? day : newest;
            }
        }
        List<TermChange> changes = new ArrayList<>();
        if (newest == null) {
            return changes;
        }
        LocalDate recentStart = timeline.startOf(newest);
        for (Language language : List.of(Language.ENGLISH, Language.CHINESE)) {
            List<ScoredFeedback> dated = texts.stream()
                    .filter(t -> t.language() == language && t.text().writtenAt() != null).toList();
            changes.addAll(changes(language, dated, recentStart, limit));
        }
        changes.sort(Comparator.comparingDouble((TermChange c) -> c.recentShare() - c.earlierShare()).reversed()
                .thenComparing(Comparator.comparingInt(TermChange::recentTexts).reversed())
                .thenComparing(TermChange::term));
        return changes;
    }

    private static List<TermChange> changes(Language language, List<ScoredFeedback> texts, LocalDate recentStart,
                                            int limit) {
        TermDocuments documents = TermDocuments.of(language, texts);
        Map<String, int[]> counts = new HashMap<>();
        int recent = 0;
        for (int i = 0; i < texts.size(); i++) {
            ScoredFeedback text = texts.get(i);
            boolean isRecent = !text.text().writtenAt().toLocalDate().isBefore(recentStart);
            boolean negative = text.label() == SentimentLabel.NEGATIVE;
            recent += isRecent ? 1 : 0;
            Set<String> terms = new HashSet<>(documents.words(i));
            terms.addAll(documents.phrases(i));
            for (String term : terms) {
                int[] count = counts.computeIfAbsent(term, t -> new int[3]);
                if (isRecent) {
                    count[1]++;
                    count[2] += negative ? 1 : 0;
                } else {
                    count[0]++;
                }
            }
        }
        int earlier = texts.size() - recent;
        List<TermChange> rising = new ArrayList<>();
        if (recent == 0 || earlier == 0) {
            return rising;
        }
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] count = entry.getValue();
            double earlierShare = (double) count[0] / earlier;
            double recentShare = (double) count[1] / recent;
            if (count[1] >= FEWEST_RECENT && recentShare > earlierShare) {
                rising.add(new TermChange(entry.getKey(), language, earlierShare, recentShare, count[1],
                        (double) count[2] / count[1]));
            }
        }
        rising.sort(Comparator.comparingDouble((TermChange c) -> c.recentShare() - c.earlierShare()).reversed()
                .thenComparing(Comparator.comparingInt(TermChange::recentTexts).reversed())
                .thenComparing(c -> documents.wordsOf(c.term()).isEmpty())
                .thenComparing(TermChange::term));
        List<TermChange> kept = new ArrayList<>();
        Set<String> keptWords = new HashSet<>();
        Map<String, Integer> phraseCover = new HashMap<>();
        for (TermChange change : rising) {
            if (kept.size() == limit) {
                break;
            }
            List<String> parts = documents.wordsOf(change.term());
            if (parts.isEmpty()) {
                Integer cover = phraseCover.get(change.term());
                if (cover != null && cover >= COVERED * change.recentTexts()) {
                    continue;
                }
                keptWords.add(change.term());
            } else {
                if (keptWords.containsAll(parts)) {
                    continue;
                }
                parts.forEach(p -> phraseCover.merge(p, change.recentTexts(), Math::max));
            }
            kept.add(change);
        }
        return kept;
    }
}
