package org.crmworkbench.present.segment;

import java.util.List;
import org.crmworkbench.analysis.segment.KScore;

/**
 * The measures of a k sweep, one value per k, and the k each measure favours, ready to chart. A favoured k that
 * is not one of {@code k} (0, say) means the measure favours none and is drawn without a mark; a measure that is
 * NaN for every k is left out.
 *
 * @param k                  the numbers of segments tried, ascending
 * @param wcss               within-cluster sum of squares per k
 * @param silhouette         mean silhouette width per k
 * @param daviesBouldin      Davies-Bouldin index per k
 * @param calinskiHarabasz   Calinski-Harabasz index per k
 * @param stability          stability (mean adjusted Rand index) per k
 * @param wcssK              the elbow of the WCSS curve
 * @param silhouetteK        the k with the highest silhouette
 * @param daviesBouldinK     the k with the lowest Davies-Bouldin index
 * @param calinskiHarabaszK  the k with the highest Calinski-Harabasz index
 * @param stabilityK         the k favoured by stability
 */
public record KChoiceSeries(int[] k, double[] wcss, double[] silhouette, double[] daviesBouldin,
                            double[] calinskiHarabasz, double[] stability, int wcssK, int silhouetteK,
                            int daviesBouldinK, int calinskiHarabaszK, int stabilityK) {

    public KChoiceSeries {
        int n = k.length;
        for (double[] metric : new double[][] {wcss, silhouette, daviesBouldin, calinskiHarabasz, stability}) {
            if (metric.length != n) {
                throw new IllegalArgumentException(metric.length + " values for " + n + " values of k");
            }
        }
    }

    /** The series of a sweep's scores, in the order given. */
    public static KChoiceSeries of(List<KScore> scores, int wcssK, int silhouetteK, int daviesBouldinK,
                                   int calinskiHarabaszK, int stabilityK) {
        int n = scores.size();
        int[] k = new int[n];
        double[] wcss = new double[n];
        double[] sil = new double[n];
        double[] db = new double[n];
        double[] ch = new double[n];
        double[] stab = new double[n];
        for (int i = 0; i < n; i++) {
            KScore s = scores.get(i);
            k[i] = s.k();
            wcss[i] = s.scores().wcss();
            sil[i] = s.scores().silhouette();
            db[i] = s.scores().daviesBouldin();
            ch[i] = s.scores().calinskiHarabasz();
            stab[i] = s.stability();
        }
        return new KChoiceSeries(k, wcss, sil, db, ch, stab, wcssK, silhouetteK, daviesBouldinK, calinskiHarabaszK,
                stabilityK);
    }
}
