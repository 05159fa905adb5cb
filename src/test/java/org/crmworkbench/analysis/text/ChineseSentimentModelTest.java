package org.crmworkbench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The committed model is what the trainer makes from the committed corpus, and the split keeps the held-out texts out
 * of training.
 */
class ChineseSentimentModelTest {
    @Test
    void theSplitIsDeduplicatedAndDisjoint() throws IOException {
        SnowNlpCorpus corpus = SnowNlpCorpus.read();
        assertEquals(13_836, corpus.training().size());
        assertEquals(3_525, corpus.heldOut().size());
        Set<String> training = new HashSet<>();
        for (SnowNlpCorpus.LabelledText text : corpus.training()) {
            assertTrue(training.add(text.text()), "duplicate in training: " + text.text());
        }
        for (SnowNlpCorpus.LabelledText text : corpus.heldOut()) {
            assertTrue(!training.contains(text.text()), "held-out text in training: " + text.text());
        }
        double share = corpus.heldOut().size() / (double) (corpus.heldOut().size() + corpus.training().size());
        assertEquals(0.2, share, 0.01);
    }

    @Test
    void retrainingFromTheCommittedCorpusReproducesTheCommittedModel() throws IOException {
        SnowNlpCorpus corpus = SnowNlpCorpus.read();
        ChineseSentimentTrainer.Model retrained = ChineseSentimentTrainer.train(corpus.training(),
                ChineseSentimentTrainer.LAMBDA);
        Map<String, Double> committed = committedWeights();
        double committedIntercept = committed.remove("(intercept)");
        assertEquals(committedIntercept, retrained.intercept(), 1e-3);
        Set<String> names = new HashSet<>(committed.keySet());
        names.addAll(retrained.weights().keySet());
        int differing = 0;
        for (String name : names) {
            double a = committed.getOrDefault(name, 0.0);
            double b = retrained.weights().getOrDefault(name, 0.0);
            if (Math.abs(a - b) > 2e-3) {
                differing++;
            }
        }
        assertEquals(0, differing, "weights differing by more than 0.002 from the committed model");
        // and so the held-out predictions agree
        ChineseSentiment shipped = ChineseSentiment.load();
        ChineseSentiment fresh = retrained.toSentiment();
        int disagree = 0;
        for (SnowNlpCorpus.LabelledText text : corpus.heldOut()) {
            double z = shipped.logOdds(text.text());
            if (Math.abs(z) > 1e-2 && z > 0 != fresh.logOdds(text.text()) > 0) {
                disagree++;
            }
        }
        assertEquals(0, disagree);
    }

    private static Map<String, Double> committedWeights() throws IOException {
        Map<String, Double> weights = new HashMap<>();
        InputStream in = ChineseSentiment.class.getResourceAsStream(ChineseSentiment.MODEL);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    int tab = line.lastIndexOf('\t');
                    weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
                }
            }
        }
        return weights;
    }
}
