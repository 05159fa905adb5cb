package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;

/**
 * Learns a knowledge base: fits the matcher on every example; scores each example by a model fitted on the other
 * folds (stratified by intent, seeded); fits the calibration temperature on those held-out scores (least negative
 * log-likelihood); and, unless the settings fix them, chooses the threshold and the margin on the calibrated held-out
 * scores to maximise correct answers + out-of-scope examples handed over - cost x wrong answers.
 *
 * <p>Out-of-scope examples are one more class to the matcher and are held out like the others. The example of an
 * intent with a single example is never held out (the fold's model must know every intent); an intent with fewer
 * examples than folds has at most one example held out per fold. When no example can be held out (every intent has a
 * single example) there is no cross-validation: the temperature is 1, the held-out predictions are empty, and the
 * threshold is the one given or else {@link #DEFAULT_THRESHOLD} (margin the one given or else 0), not chosen.
 */
public final class AssistantTraining {
    /** The threshold when it is to be chosen but nothing can be held out: answer when more likely than not. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final TextAnalyzer analyzer;
    private final IntentModelTrainer trainer;

    /** Training with the shipped matcher. */
    public AssistantTraining(TextAnalyzer analyzer) {
        this(analyzer, new IntentMatcherTrainer(analyzer));
    }

    public AssistantTraining(TextAnalyzer analyzer, IntentModelTrainer trainer) {
        this.analyzer = analyzer;
        this.trainer = trainer;
    }

    /**
     * @throws org.crmworkbench.work.UnsuitableDataException when the knowledge base has fewer than two in-scope
     *                                                       intents
     */
    public TrainedAssistant train(List<KnowledgeEntry> entries, AssistantSettings settings, Progress progress) {
        KnowledgeBase knowledge = KnowledgeBase.of(entries, settings.oosLabel());
        List<KnowledgeEntry> examples = knowledge.entries();
        progress.checkCancelled();
        progress.stage("assistant.stage.fit", examples.size());
        IntentModel model = trainer.fit(examples, progress);
        progress.checkCancelled();

        StratifiedFolds folds = StratifiedFolds.of(examples.stream().map(KnowledgeEntry::intent).toList(),
                settings.folds(), settings.seed());
        double margin = Double.isNaN(settings.margin()) ? 0 : settings.margin();
        if (!folds.holdsAnyOut()) {
            double threshold = settings.choosesThreshold() ? DEFAULT_THRESHOLD : settings.threshold();
            return new TrainedAssistant(knowledge, model, 1.0, new FallbackPolicy(threshold, margin), false,
                    List.of(), analyzer);
        }

        HeldOutScores held = crossValidate(examples, folds, progress);
        progress.checkCancelled();
        progress.stage("assistant.stage.calibrate", held.size());
        double temperature = TemperatureCalibration.fit(held.scores, held.truthIndices(), progress);
        List<ScoredQuestion> heldOut = held.calibrated(temperature, model.intents());

        if (!settings.choosesThreshold()) {
            return new TrainedAssistant(knowledge, model, temperature,
                    new FallbackPolicy(settings.threshold(), margin), false, heldOut, analyzer);
        }
        progress.checkCancelled();
        progress.stage("assistant.stage.threshold", heldOut.size());
        FallbackPolicy policy = FallbackChoice.choose(heldOut, knowledge.oosLabel(), settings.margin(),
                settings.wrongAnswerCost());
        return new TrainedAssistant(knowledge, model, temperature, policy, true, heldOut, analyzer);
    }

    /** Every held-out example's raw scores by its fold's model, in the examples' order. */
    private HeldOutScores crossValidate(List<KnowledgeEntry> examples, StratifiedFolds folds, Progress progress) {
        int n = examples.size();
        List<List<String>> intentsOf = new ArrayList<>(Collections.nCopies(n, (List<String>) null));
        double[][] scoresOf = new double[n][];
        Progress quiet = new CancelOnlyProgress(progress);
        for (int fold = 0; fold < folds.folds(); fold++) {
            progress.stage("assistant.stage.fold", fold + 1, folds.folds());
            progress.worked(fold, folds.folds());
            progress.checkCancelled();
            List<Integer> heldOut = folds.heldOut(fold);
            if (heldOut.isEmpty()) {
                continue;
            }
            List<KnowledgeEntry> training = new ArrayList<>();
            for (int index : folds.training(fold)) {
                training.add(examples.get(index));
            }
            IntentModel foldModel = trainer.fit(training, quiet);
            List<double[]> scores = BlockScoring.score(heldOut.stream().map(i -> examples.get(i).question()).toList(),
                    foldModel::scores, progress, done -> { });
            for (int k = 0; k < heldOut.size(); k++) {
                intentsOf.set(heldOut.get(k), foldModel.intents()); // the fold's model itself can go
                scoresOf[heldOut.get(k)] = scores.get(k);
            }
        }
        progress.worked(folds.folds(), folds.folds());
        HeldOutScores held = new HeldOutScores();
        for (int i = 0; i < n; i++) {
            if (intentsOf.get(i) != null) {
                held.add(examples.get(i), intentsOf.get(i), scoresOf[i]);
            }
        }
        return held;
    }

    /** The held-out examples with their fold model's intents and raw scores. */
    private static final class HeldOutScores {
        private final List<KnowledgeEntry> examples = new ArrayList<>();
        private final List<List<String>> intents = new ArrayList<>();
        private final List<double[]> scores = new ArrayList<>();

        void add(KnowledgeEntry example, List<String> modelIntents, double[] modelScores) {
            examples.add(example);
            intents.add(modelIntents);
            scores.add(modelScores);
        }

        int size() {
            return examples.size();
        }

        /** Each example's true intent's index among its model's intents; -1 when its model did not know it. */
        int[] truthIndices() {
            int[] truth = new int[examples.size()];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = intents.get(i).indexOf(examples.get(i).intent());
            }
            return truth;
        }

        /**
         * The calibrated rankings; an intent of the full model that the fold's model did not know is ranked last with
         * confidence 0.
         */
        List<ScoredQuestion> calibrated(double temperature, List<String> allIntents) {
            List<ScoredQuestion> out = new ArrayList<>(examples.size());
            for (int i = 0; i < examples.size(); i++) {
                List<IntentScore> ranked = TemperatureCalibration.rank(intents.get(i), scores.get(i), temperature);
                if (ranked.size() < allIntents.size()) {
                    Set<String> known = new HashSet<>(intents.get(i));
                    List<IntentScore> missing = new ArrayList<>();
                    for (String intent : allIntents) {
                        if (!known.contains(intent)) {
                            missing.add(new IntentScore(intent, 0));
                        }
                    }
                    missing.sort(Comparator.comparing(IntentScore::intent));
                    ranked = new ArrayList<>(ranked);
                    ranked.addAll(missing);
                }
                KnowledgeEntry example = examples.get(i);
                out.add(new ScoredQuestion(example.question(), example.intent(), ranked));
            }
            return out;
        }
    }

    /** Passes the fold fits' cancellation through; their own progress would muddle the folds' count. */
    private record CancelOnlyProgress(Progress outer) implements Progress {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public void stage(String messageKey, Object... args) {
        }

        @Override
        public boolean isCancelled() {
            return outer.isCancelled();
        }
    }
}
