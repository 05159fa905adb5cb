package org.crmworkbench.analysis.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crmworkbench.work.Progress;

/**
 * Topics of the texts of one language: spherical k-means (cosine similarity) over their TF-IDF vectors, each
 * L2-normalised, seeded by k-means++ and restarted {@value #RESTARTS} times from a fixed seed, keeping the tightest
 * fit. When the number of topics is left open it is chosen in 2..{@value #MOST_TOPICS} by the mean silhouette
 * (cosine distance) on a fixed sample of at most {@value #SAMPLE} texts. A topic is named by the words whose mean
 * weight in its texts stands furthest above their mean weight in all texts.
 */
final class TopicClustering {
    /** A language with fewer texts gets no topics. */
    static final int FEWEST_TEXTS = 20;
    static final int MOST_TOPICS = 10;
    static final int RESTARTS = 5;
    static final int SAMPLE = 1_000;
    static final long SEED = 16;
    private static final int MAX_ITERATIONS = 100;
    private static final int MAX_VOCABULARY = 5_000;
    private static final int NAME_TERMS = 8;

    /** Per text its cluster (-1 when it has no word the clustering uses), and per cluster its naming words. */
    record Fit(int[] cluster, List<List<String>> terms) {
    }

    private record Vector(int[] index, double[] value) {
        double dot(double[] dense) {
            double sum = 0;
            for (int j = 0; j < index.length; j++) {
                sum += value[j] * dense[index[j]];
            }
            return sum;
        }

        double dot(Vector other) {
            double sum = 0;
            int a = 0;
            int b = 0;
            while (a < index.length && b < other.index.length) {
                if (index[a] == other.index[b]) {
                    sum += value[a++] * other.value[b++];
                } else if (index[a] < other.index[b]) {
                    a++;
                } else {
                    b++;
                }
            }
            return sum;
        }
    }

    private record Partition(int[] cluster, double[][] centroids, double cohesion) {
    }

    private final Progress progress;

    TopicClustering(Progress progress) {
        this.progress = progress;
    }

    /**
     * Clusters {@code documents}; null when there are too few texts with words to cluster.
     *
     * @param topics the number of topics, 0 to choose it
     */
    Fit fit(TermDocuments documents, List<List<String>> texts, int topics) {
        List<String> vocabulary = vocabulary(documents);
        Map<String, Integer> column = new HashMap<>();
        for (int j = 0; j < vocabulary.size(); j++) {
            column.put(vocabulary.get(j), j);
        }
        int[] clusterOfText = new int[texts.size()];
        List<Vector> vectors = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Vector vector = vectorOf(texts.get(i), column, documents);
            clusterOfText[i] = -1;
            if (vector != null) {
                vectors.add(vector);
                owners.add(i);
            }
        }
        if (vectors.size() < FEWEST_TEXTS) {
            return null;
        }
        int dimensions = vocabulary.size();
        int most = Math.max(2, vectors.size() / 2);
        int k;
        Partition partition;
        if (topics > 0) {
            k = Math.min(topics, most);
            partition = cluster(vectors, k, dimensions);
        } else {
            Random random = new Random(SEED);
            List<Vector> sample = sample(vectors, random);
            double[][] similarity = similarities(sample);
            k = 2;
            double best = Double.NEGATIVE_INFINITY;
            Partition bestOnSample = null;
            for (int candidate = 2; candidate <= Math.min(MOST_TOPICS, Math.max(2, sample.size() / 2)); candidate++) {
                Partition fit = cluster(sample, candidate, dimensions);
                double silhouette = silhouette(similarity, fit.cluster(), candidate);
                if (silhouette > best + 1e-9) {
                    best = silhouette;
                    k = candidate;
                    bestOnSample = fit;
                }
            }
            partition = sample.size() == vectors.size() ? bestOnSample : cluster(vectors, k, dimensions);
        }
        for (int v = 0; v < vectors.size(); v++) {
            clusterOfText[owners.get(v)] = partition.cluster()[v];
        }
        return new Fit(clusterOfText, names(vectors, partition.cluster(), k, vocabulary));
    }

    /** The mean silhouette (cosine distance) of a partition of texts that all have words in the vocabulary. */
    double silhouette(TermDocuments documents, List<List<String>> texts, int[] cluster, int k) {
        List<String> vocabulary = vocabulary(documents);
        Map<String, Integer> column = new HashMap<>();
        for (int j = 0; j < vocabulary.size(); j++) {
            column.put(vocabulary.get(j), j);
        }
        return silhouette(similarities(texts.stream().map(t -> vectorOf(t, column, documents)).toList()), cluster, k);
    }

    private static List<String> vocabulary(TermDocuments documents) {
        Map<String, Integer> frequency = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            for (String word : documents.words(i)) {
                frequency.putIfAbsent(word, documents.frequency(word));
            }
        }
        return frequency.entrySet().stream()
                .filter(e -> e.getValue() >= KeywordRanking.MIN_TEXTS && e.getValue() < documents.size())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_VOCABULARY).map(Map.Entry::getKey).sorted().toList();
    }

    /** The text's TF-IDF vector ((1 + ln tf) idf), L2-normalised; null when none of its words is in the columns. */
    private static Vector vectorOf(List<String> terms, Map<String, Integer> column, TermDocuments documents) {
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, String> names = new HashMap<>();
        for (String term : terms) {
            Integer j = column.get(term);
            if (j != null) {
                counts.merge(j, 1, Integer::sum);
                names.put(j, term);
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        int[] index = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] value = new double[index.length];
        double norm = 0;
        for (int j = 0; j < index.length; j++) {
            value[j] = (1 + Math.log(counts.get(index[j]))) * documents.idf(names.get(index[j]));
            norm += value[j] * value[j];
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < value.length; j++) {
            value[j] /= norm;
        }
        return new Vector(index, value);
    }

    private static List<Vector> sample(List<Vector> vectors, Random random) {
        if (vectors.size() <= SAMPLE) {
            return vectors;
        }
        List<Vector> shuffled = new ArrayList<>(vectors);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, SAMPLE);
    }

    /** The best of {@value #RESTARTS} spherical k-means fits. */
    private Partition cluster(List<Vector> vectors, int k, int dimensions) {
        Random random = new Random(SEED + k);
        Partition best = null;
        for (int restart = 0; restart < RESTARTS; restart++) {
            progress.checkCancelled();
            Partition fit = kMeans(vectors, k, dimensions, random);
            if (best == null || fit.cohesion() > best.cohesion() + 1e-12) {
                best = fit;
            }
        }
        return best;
    }

    private Partition kMeans(List<Vector> vectors, int k, int dimensions, Random random) {
        int n = vectors.size();
        double[][] centroids = seeds(vectors, k, dimensions, random);
        int[] cluster = new int[n];
        java.util.Arrays.fill(cluster, -1);
        double cohesion = 0;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            if (iteration % 10 == 0) {
                progress.checkCancelled();
            }
            boolean changed = false;
            cohesion = 0;
            double[] similarity = new double[n];
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestDot = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double dot = vectors.get(i).dot(centroids[c]);
                    if (dot > bestDot) {
                        bestDot = dot;
                        best = c;
                    }
                }
                similarity[i] = bestDot;
                cohesion += bestDot;
                if (cluster[i] != best) {
                    cluster[i] = best;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            centroids = centroids(vectors, cluster, k, dimensions, similarity);
        }
        return new Partition(cluster, centroids, cohesion);
    }

    /** k-means++: each next seed drawn with probability proportional to its squared cosine distance. */
    private static double[][] seeds(List<Vector> vectors, int k, int dimensions, Random random) {
        int n = vectors.size();
        double[][] centroids = new double[k][dimensions];
        double[] distance = new double[n];
        java.util.Arrays.fill(distance, Double.POSITIVE_INFINITY);
        int chosen = random.nextInt(n);
        for (int c = 0; c < k; c++) {
            Vector seed = vectors.get(chosen);
            for (int j = 0; j < seed.index().length; j++) {
                centroids[c][seed.index()[j]] = seed.value()[j];
            }
            double total = 0;
            for (int i = 0; i < n; i++) {
                double d = Math.max(0, 1 - vectors.get(i).dot(centroids[c]));
                distance[i] = Math.min(distance[i], d * d);
                total += distance[i];
            }
            if (total <= 0) {
                chosen = random.nextInt(n);
                continue;
            }
            double target = random.nextDouble() * total;
            chosen = n - 1;
            for (int i = 0; i < n; i++) {
                target -= distance[i];
                if (target <= 0) {
                    chosen = i;
                    break;
                }
            }
        }
        return centroids;
    }

    /** Each cluster's normalised mean direction; an empty cluster takes the text least like its own centroid. */
    private static double[][] centroids(List<Vector> vectors, int[] cluster, int k, int dimensions,
                                        double[] similarity) {
        double[][] centroids = new double[k][dimensions];
        int[] size = new int[k];
        for (int i = 0; i < vectors.size(); i++) {
            Vector v = vectors.get(i);
            size[cluster[i]]++;
            for (int j = 0; j < v.index().length; j++) {
                centroids[cluster[i]][v.index()[j]] += v.value()[j];
            }
        }
        for (int c = 0; c < k; c++) {
            if (size[c] == 0) {
                int worst = 0;
                for (int i = 1; i < similarity.length; i++) {
                    if (similarity[i] < similarity[worst]) {
                        worst = i;
                    }
                }
                similarity[worst] = Double.POSITIVE_INFINITY;
                Vector v = vectors.get(worst);
                for (int j = 0; j < v.index().length; j++) {
                    centroids[c][v.index()[j]] = v.value()[j];
                }
            }
            double norm = 0;
            for (double x : centroids[c]) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int j = 0; j < dimensions; j++) {
                    centroids[c][j] /= norm;
                }
            }
        }
        return centroids;
    }

    private double[][] similarities(List<Vector> sample) {
        int n = sample.size();
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (i % 100 == 0) {
                progress.checkCancelled();
            }
            similarity[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                similarity[i][j] = sample.get(i).dot(sample.get(j));
                similarity[j][i] = similarity[i][j];
            }
        }
        return similarity;
    }

    /** The mean silhouette with cosine distance (1 - similarity); a text alone in its cluster counts 0. */
    static double silhouette(double[][] similarity, int[] cluster, int k) {
        int n = cluster.length;
        int[] size = new int[k];
        for (int c : cluster) {
            size[c]++;
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (size[cluster[i]] <= 1) {
                continue;
            }
            double[] sum = new double[k];
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum[cluster[j]] += 1 - similarity[i][j];
                }
            }
            double a = sum[cluster[i]] / (size[cluster[i]] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != cluster[i] && size[c] > 0) {
                    b = Math.min(b, sum[c] / size[c]);
                }
            }
            double spread = Math.max(a, b);
            total += spread > 0 && Double.isFinite(b) ? (b - a) / spread : 0;
        }
        return total / n;
    }

    /** Per cluster the words whose mean weight in it most exceeds their mean weight overall. */
    private static List<List<String>> names(List<Vector> vectors, int[] cluster, int k, List<String> vocabulary) {
        int dimensions = vocabulary.size();
        double[][] mean = new double[k][dimensions];
        double[] overall = new double[dimensions];
        int[] size = new int[k];
        for (int i = 0; i < vectors.size(); i++) {
            Vector v = vectors.get(i);
            size[cluster[i]]++;
            for (int j = 0; j < v.index().length; j++) {
                mean[cluster[i]][v.index()[j]] += v.value()[j];
                overall[v.index()[j]] += v.value()[j] / vectors.size();
            }
        }
        List<List<String>> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            double[] centre = mean[c];
            int members = Math.max(1, size[c]);
            List<Integer> columns = new ArrayList<>();
            for (int j = 0; j < dimensions; j++) {
                if (centre[j] > 0) {
                    columns.add(j);
                }
            }
            columns.sort(Comparator.<Integer>comparingDouble(j -> centre[j] / members - overall[j]).reversed()
                    .thenComparing(vocabulary::get));
            names.add(columns.stream().limit(NAME_TERMS).map(vocabulary::get).toList());
        }
        return names;
    }
}
