package org.crmworkbench.analysis.value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDNOW sample's customer summaries (2,357 customers, weeks), as shipped with lifetimes (see
 * src/test/resources/reference/value/README.txt).
 *
 * @param x  frequency (repeat purchases)
 * @param tx recency
 * @param age T
 * @param m  mean repeat purchase amount (0 when x = 0; only in the with-transactions file)
 */
public record CdnowSample(int[] x, double[] tx, double[] age, double[] m) {

    /** cdnow_customers_summary.csv: ID, frequency, recency, T. */
    public static CdnowSample summary() {
        return read("cdnow_customers_summary.csv", false);
    }

    /** cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar. */
    public static CdnowSample withSpend() {
        return read("cdnow_customers_summary_with_transactions.csv", true);
    }

    public int size() {
        return x.length;
    }

    private static CdnowSample read(String file, boolean spend) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CdnowSample.class.getResourceAsStream("/reference/value/" + file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            String[] row = rows.get(i);
            x[i] = Integer.parseInt(row[1].trim());
            tx[i] = Double.parseDouble(row[2]);
            age[i] = Double.parseDouble(row[3]);
            m[i] = spend ? Double.parseDouble(row[4]) : 0;
        }
        return new CdnowSample(x, tx, age, m);
    }
}
