package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crmworkbench.analysis.text.AspectTerms;
import org.crmworkbench.analysis.text.Language;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.analysis.text.TextTerm;
import org.crmworkbench.analysis.text.Tokenizer;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;

/** The tests' stand-ins: a language detector by script and a bag-of-words nearest-example matcher. */
final class FakeAssistantParts {
    private FakeAssistantParts() {
    }

    /** Han characters make a text Chinese, Latin letters English, anything else other; no model is loaded. */
    static TextAnalyzer analyzer() {
        Tokenizer none = new Tokenizer() {
            @Override
            public List<TextTerm> words(String text) {
                return List.of();
            }

            @Override
            public boolean isStopWord(String term) {
                return false;
            }
        };
        return new TextAnalyzer(LanguageChoice.AUTO, FakeAssistantParts::detect, none, text -> null, none,
                text -> null, AspectTerms.load());
    }

    static Language detect(String text) {
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return Language.CHINESE;
        }
        return text.chars().anyMatch(c -> c < 128 && Character.isLetter(c)) ? Language.ENGLISH : Language.OTHER;
    }

    /** Lower-cased Latin words and single Han characters. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        StringBuilder word = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                flush(word, words);
                words.add(new String(Character.toChars(c)));
            } else if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else {
                flush(word, words);
            }
        });
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, Set<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /**
     * Each intent scores {@code scale} x the largest Jaccard overlap of the question's words with one of its examples:
     * deterministic, and a question none of whose words was seen gets equal scores.
     */
    record NearestExampleTrainer(double scale) implements IntentModelTrainer {
        @Override
        public IntentModel fit(List<KnowledgeEntry> examples, Progress progress) {
            Map<String, List<Set<String>>> byIntent = new LinkedHashMap<>();
            for (KnowledgeEntry example : examples) {
                byIntent.computeIfAbsent(example.intent(), k -> new ArrayList<>()).add(words(example.question()));
            }
            List<String> intents = List.copyOf(byIntent.keySet());
            return new IntentModel() {
                @Override
                public List<String> intents() {
                    return intents;
                }

                @Override
                public double[] scores(String question) {
                    Set<String> asked = words(question);
                    double[] scores = new double[intents.size()];
                    for (int i = 0; i < scores.length; i++) {
                        double best = 0;
                        for (Set<String> example : byIntent.get(intents.get(i))) {
                            Set<String> common = new HashSet<>(asked);
                            common.retainAll(example);
                            Set<String> union = new HashSet<>(asked);
                            union.addAll(example);
                            best = Math.max(best, union.isEmpty() ? 0 : common.size() / (double) union.size());
                        }
                        scores[i] = scale * best;
                    }
                    return scores;
                }
            };
        }
    }

    /** A progress that records its stages and says it is cancelled once {@code cancelAtStage} is reached. */
    static final class RecordingProgress implements Progress {
        final List<String> stages = new ArrayList<>();
        private final String cancelAtStage;
        private final Object cancelAtFirstArg;
        private volatile boolean cancelled;

        RecordingProgress(String cancelAtStage, Object cancelAtFirstArg) {
            this.cancelAtStage = cancelAtStage;
            this.cancelAtFirstArg = cancelAtFirstArg;
        }

        @Override
        public void worked(long done, long total) {
        }

        @Override
        public void stage(String messageKey, Object... args) {
            stages.add(messageKey);
            if (messageKey.equals(cancelAtStage)
                    && (cancelAtFirstArg == null || (args.length > 0 && cancelAtFirstArg.equals(args[0])))) {
                cancelled = true;
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
