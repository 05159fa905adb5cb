package org.crmworkbench.present.segment;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.crmworkbench.analysis.segment.ImputedFeature;
import org.crmworkbench.analysis.segment.KChoice;
import org.crmworkbench.analysis.segment.KMetric;
import org.crmworkbench.analysis.segment.KScore;
import org.crmworkbench.analysis.segment.OutlierFlag;
import org.crmworkbench.analysis.segment.Outliers;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.AtomicFile;
import org.crmworkbench.present.OutputFiles;

/**
 * The files a segmentation leaves behind: assignments, profiles, members and the k-choice metrics. Each file appears
 * whole or not at all ({@link AtomicFile}).
 */
public final class SegmentFiles {
    private final Messages messages;

    public SegmentFiles(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** {@code id,segment}: one line per row in input order, noise as -1. */
    public void writeAssignments(Path file, List<String> ids, int[] labels) throws IOException {
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord("id", "segment");
            for (int i = 0; i < labels.length; i++) {
                csv.writeRecord(ids.get(i), Integer.toString(labels[i]));
            }
        });
    }

    /**
     * One line per segment: number, name, size, shares, the median and the standardised difference of each
     * feature, and the traits in words.
     */
    public void writeProfiles(Path file, List<SegmentProfile> profiles, List<String> names) throws IOException {
        SegmentWording wording = new SegmentWording(messages);
        OutputFiles.writeCsv(file, csv -> {
            List<String> header = new ArrayList<>(List.of("segment", "name", "customers", "customer_share",
                    "revenue_share"));
            List<String> features = profiles.isEmpty() ? List.of() : profiles.get(0).features();
            features.forEach(f -> header.add("median_" + f));
            features.forEach(f -> header.add("effect_" + f));
            header.add("traits");
            csv.writeRecord(header);
            for (int p = 0; p < profiles.size(); p++) {
                SegmentProfile profile = profiles.get(p);
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(profile.segment()));
                row.add(p < names.size() ? names.get(p) : wording.suggestName(profile));
                row.add(Integer.toString(profile.size()));
                row.add(number(profile.customerShare()));
                row.add(number(profile.revenueShare()));
                for (double m : profile.medians()) {
                    row.add(number(m));
                }
                for (double e : profile.effects()) {
                    row.add(number(e));
                }
                row.add(profile.traits().stream().map(wording::sentence).collect(Collectors.joining("; ")));
                csv.writeRecord(row);
            }
        });
    }

    /**
     * Every row with its segment, the segment's name, whether it was flagged as an outlier and why, and its
     * feature values in their own units.
     */
    public void writeMembers(Path file, List<String> ids, SegmentationResult result, List<String> names)
            throws IOException {
        int[] labels = result.clustering().labels();
        Outliers outliers = result.outliers();
        List<String> features = result.features().original().names();
        Map<Integer, String> nameOf = new java.util.HashMap<>();
        for (int p = 0; p < result.profiles().size() && p < names.size(); p++) {
            nameOf.put(result.profiles().get(p).segment(), names.get(p));
        }
        OutputFiles.writeCsv(file, csv -> {
            List<String> header = new ArrayList<>(List.of("id", "segment", "segment_name", "outlier",
                    "outlier_reasons"));
            header.addAll(features);
            csv.writeRecord(header);
            for (int i = 0; i < labels.length; i++) {
                List<String> row = new ArrayList<>();
                row.add(ids.get(i));
                row.add(Integer.toString(labels[i]));
                row.add(nameOf.getOrDefault(labels[i], ""));
                row.add(outliers.isFlagged(i) ? "1" : "0");
                row.add(outliers.reasons(i).stream().map(this::reason).collect(Collectors.joining("; ")));
                for (int j = 0; j < features.size(); j++) {
                    row.add(number(result.features().original().get(i, j)));
                }
                csv.writeRecord(row);
            }
        });
    }

    /** Why a value was flagged, in words. */
    public String reason(OutlierFlag flag) {
        String feature = new org.crmworkbench.present.FeatureLabels(messages).label(flag.feature());
        return messages.get(flag.rule() == OutlierFlag.OutlierRule.Z_SCORE ? "segment.outlier.reason.z"
                : "segment.outlier.reason.iqr", feature, flag.value(), flag.score(), flag.lowerLimit(),
                flag.upperLimit());
    }

    /**
     * {@code metrics.json}: what ran on what, then per k the WCSS, silhouette, Davies-Bouldin, Calinski-Harabasz and
     * stability, the k each metric favours and the suggested k. {@code choice} may be null for a single DBSCAN run,
     * in which case the run's own scores are written.
     */
    public void writeMetrics(Path file, MetricsHeader header, KChoice choice, SegmentationResult single)
            throws IOException {
        AtomicFile.write(file, out -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeStringField("source", header.source());
                json.writeNumberField("rows", header.rows());
                json.writeStringField("algorithm", header.algorithm());
                json.writeStringField("scaling", header.scaling());
                json.writeNumberField("seed", header.seed());
                json.writeArrayFieldStart("features");
                for (String f : header.features()) {
                    json.writeString(f);
                }
                json.writeEndArray();
                json.writeBooleanField("default_features", header.defaultFeatures());
                json.writeArrayFieldStart("imputed");
                for (ImputedFeature f : header.imputed()) {
                    json.writeStartObject();
                    json.writeStringField("feature", f.feature());
                    json.writeNumberField("missing", f.count());
                    json.writeNumberField("filled_with", f.value());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("k");
                if (choice != null) {
                    for (KScore s : choice.scores()) {
                        writeScores(json, s.k(), s.scores().wcss(), s.scores().silhouette(),
                                s.scores().silhouetteSample(), s.scores().silhouetteExact(),
                                s.scores().daviesBouldin(), s.scores().calinskiHarabasz(), s.stability());
                    }
                } else if (single != null) {
                    var q = single.quality();
                    writeScores(json, single.clustering().clusterCount(), q.wcss(), q.silhouette(),
                            q.silhouetteSample(), q.silhouetteExact(), q.daviesBouldin(), q.calinskiHarabasz(),
                            Double.NaN);
                }
                json.writeEndArray();
                if (choice != null) {
                    json.writeObjectFieldStart("favoured_k");
                    for (KMetric m : KMetric.values()) {
                        var k = choice.favouredBy(m);
                        if (k.isPresent()) {
                            json.writeNumberField(m.name().toLowerCase(java.util.Locale.ROOT), k.getAsInt());
                        }
                    }
                    json.writeEndObject();
                    json.writeNumberField("suggested_k", choice.suggestedK());
                    json.writeBooleanField("metrics_agree", choice.metricsAgree());
                }
                if (single != null) {
                    json.writeNumberField("segments", single.clustering().clusterCount());
                    json.writeNumberField("noise", single.clustering().noiseCount());
                    json.writeNumberField("outliers", single.outliers().rowCount());
                }
                json.writeEndObject();
            }
        });
    }

    private static void writeScores(JsonGenerator json, int k, double wcss, double silhouette, int sample,
                                    boolean exact, double db, double ch, double stability) throws IOException {
        json.writeStartObject();
        json.writeNumberField("k", k);
        writeNumber(json, "wcss", wcss);
        writeNumber(json, "silhouette", silhouette);
        json.writeNumberField("silhouette_rows", sample);
        json.writeBooleanField("silhouette_exact", exact);
        writeNumber(json, "davies_bouldin", db);
        writeNumber(json, "calinski_harabasz", ch);
        writeNumber(json, "stability", stability);
        json.writeEndObject();
    }

    /** JSON has no NaN: an unknown number is written as null. */
    private static void writeNumber(JsonGenerator json, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(field, value);
        } else {
            json.writeNullField(field);
        }
    }

    /**
     * What a metrics file says about the run.
     *
     * @param source          data source (database or file)
     * @param rows            rows segmented
     * @param algorithm       method key
     * @param scaling         scaling key
     * @param seed            seed
     * @param features        the prepared columns
     * @param defaultFeatures true when the analyst named no features and the default set was used
     * @param imputed         missing values filled in
     */
    public record MetricsHeader(String source, int rows, String algorithm, String scaling, long seed,
                                List<String> features, boolean defaultFeatures, List<ImputedFeature> imputed) {
    }

    /** A number for a CSV cell as {@link OutputFiles#cell}, except that an infinity is written out. */
    private static String number(double v) {
        return Double.isInfinite(v) ? Double.toString(v) : OutputFiles.cell(v);
    }
}
