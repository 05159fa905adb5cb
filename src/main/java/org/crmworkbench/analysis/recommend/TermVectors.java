package org.crmworkbench.analysis.recommend;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.crmworkbench.work.Progress;

/**
 * TF-IDF vectors of product texts, held compactly both ways: product-major rows (term ids sorted ascending with
 * float weights, CSR) and a term-major inverted index (the products that contain each term, with the same weights).
 *
 * <p>Weight of term t in product d: {@code fieldWeight(t) x (1 + ln tf(t,d)) x idf(t)} with
 * {@code idf(t) = ln((1 + N) / (1 + df(t))) + 1}, N the number of products (with or without text) and df the
 * number of products containing t; each row is then scaled to unit Euclidean length (L2). With all field weights 1
 * this is scikit-learn's {@code TfidfVectorizer(sublinear_tf=True, smooth_idf=True, norm='l2')}.
 *
 * <p>Costs: building is linear in the number of terms (one hash look-up each) plus a sort of each row; memory is
 * 8 bytes per (product, term) pair each way plus the vocabulary. Immutable; safe to share between threads.
 */
final class TermVectors {
    private final String[] vocabulary;
    final int[] rowStart;
    final int[] rowTerms;
    final float[] rowWeights;
    final int[] termStart;
    final int[] termItems;
    final float[] termWeights;

    private TermVectors(String[] vocabulary, int[] rowStart, int[] rowTerms, float[] rowWeights) {
        this.vocabulary = vocabulary;
        this.rowStart = rowStart;
        this.rowTerms = rowTerms;
        this.rowWeights = rowWeights;
        int terms = vocabulary.length;
        int nnz = rowTerms.length;
        termStart = new int[terms + 1];
        for (int t : rowTerms) {
            termStart[t + 1]++;
        }
        for (int t = 0; t < terms; t++) {
            termStart[t + 1] += termStart[t];
        }
        termItems = new int[nnz];
        termWeights = new float[nnz];
        int[] fill = Arrays.copyOf(termStart, terms);
        for (int d = 0; d + 1 < rowStart.length; d++) {
            for (int p = rowStart[d]; p < rowStart[d + 1]; p++) {
                int at = fill[rowTerms[p]]++;
                termItems[at] = d;
                termWeights[at] = rowWeights[p];
            }
        }
    }

    /** TF-IDF vectors of the products' texts with {@link ProductTerms}' tokens and field weights. */
    static TermVectors of(ItemTexts texts, Progress progress) {
        int n = texts.size();
        return build(n, d -> ProductTerms.terms(texts.categories().get(d), texts.tags().get(d),
                texts.descriptions().get(d)), ProductTerms::weight, progress);
    }

    /** TF-IDF vectors of documents given as term lists, each term's value multiplied by its field weight. */
    static TermVectors build(int documents, java.util.function.IntFunction<List<String>> termsOf,
                             ToDoubleFunction<String> fieldWeight, Progress progress) {
        Map<String, Integer> ids = new HashMap<>();
        int[] rowStart = new int[documents + 1];
        IntBuffer terms = new IntBuffer();
        FloatBuffer counts = new FloatBuffer();
        int[] tf = new int[1024];
        IntBuffer touched = new IntBuffer();
        for (int d = 0; d < documents; d++) {
            if ((d & 255) == 0) {
                progress.checkCancelled();
                progress.worked(d, documents);
            }
            touched.size = 0;
            for (String term : termsOf.apply(d)) {
                Integer known = ids.get(term);
                int id = known != null ? known : ids.size();
                if (known == null) {
                    ids.put(term, id);
                    if (id == tf.length) {
                        tf = Arrays.copyOf(tf, id * 2);
                    }
                }
                if (tf[id]++ == 0) {
                    touched.add(id);
                }
            }
            Arrays.sort(touched.data, 0, touched.size);
            for (int k = 0; k < touched.size; k++) {
                int id = touched.data[k];
                terms.add(id);
                counts.add(tf[id]);
                tf[id] = 0;
            }
            rowStart[d + 1] = terms.size;
        }
        String[] vocabulary = new String[ids.size()];
        ids.forEach((term, id) -> vocabulary[id] = term);
        int[] rowTerms = terms.toArray();
        float[] values = counts.toArray();
        int[] df = new int[vocabulary.length];
        for (int t : rowTerms) {
            df[t]++;
        }
        double[] idfTimesWeight = new double[vocabulary.length];
        for (int t = 0; t < vocabulary.length; t++) {
            idfTimesWeight[t] = (Math.log((1.0 + documents) / (1.0 + df[t])) + 1.0)
                    * fieldWeight.applyAsDouble(vocabulary[t]);
        }
        for (int d = 0; d < documents; d++) {
            double norm = 0;
            for (int p = rowStart[d]; p < rowStart[d + 1]; p++) {
                double w = (1.0 + Math.log(values[p])) * idfTimesWeight[rowTerms[p]];
                values[p] = (float) w;
                norm += w * w;
            }
            double scale = norm > 0 ? 1.0 / Math.sqrt(norm) : 0;
            for (int p = rowStart[d]; p < rowStart[d + 1]; p++) {
                values[p] = (float) (values[p] * scale);
            }
        }
        progress.worked(documents, documents);
        return new TermVectors(vocabulary, rowStart, rowTerms, values);
    }

    int documents() {
        return rowStart.length - 1;
    }

    int terms() {
        return vocabulary.length;
    }

    String term(int id) {
        return vocabulary[id];
    }

    /** Whether the product has at least one term. */
    boolean hasText(int item) {
        return rowStart[item + 1] > rowStart[item];
    }

    /** The weight of a term in a product, 0 when absent (a scan of the row; for tests and explanations). */
    double weight(int item, String term) {
        for (int p = rowStart[item]; p < rowStart[item + 1]; p++) {
            if (vocabulary[rowTerms[p]].equals(term)) {
                return rowWeights[p];
            }
        }
        return 0;
    }

    /** Cosine of two products (dot product of unit rows), by merging the sorted rows: O(terms of both). */
    double cosine(int a, int b) {
        int p = rowStart[a];
        int pEnd = rowStart[a + 1];
        int q = rowStart[b];
        int qEnd = rowStart[b + 1];
        double dot = 0;
        while (p < pEnd && q < qEnd) {
            int ta = rowTerms[p];
            int tb = rowTerms[q];
            if (ta == tb) {
                dot += (double) rowWeights[p++] * rowWeights[q++];
            } else if (ta < tb) {
                p++;
            } else {
                q++;
            }
        }
        return dot;
    }

    /** Bytes held by the arrays (the vocabulary strings counted roughly). */
    long bytes() {
        long b = 4L * (rowStart.length + termStart.length) + 16L * rowTerms.length;
        for (String t : vocabulary) {
            b += 48 + 2L * t.length();
        }
        return b;
    }

    private static final class IntBuffer {
        int[] data = new int[1024];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    private static final class FloatBuffer {
        float[] data = new float[1024];
        int size;

        void add(float v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        float[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
