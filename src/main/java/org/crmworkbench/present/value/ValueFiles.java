package org.crmworkbench.present.value;

import static org.crmworkbench.present.OutputFiles.cell;
import static org.crmworkbench.present.OutputFiles.number;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.value.CustomerSummary;
import org.crmworkbench.analysis.value.CustomerValue;
import org.crmworkbench.analysis.value.GammaGammaModel;
import org.crmworkbench.analysis.value.HoldoutComparison;
import org.crmworkbench.analysis.value.ModelComparison;
import org.crmworkbench.analysis.value.ModelParameter;
import org.crmworkbench.analysis.value.PurchaseModel;
import org.crmworkbench.analysis.value.RfmSegment;
import org.crmworkbench.analysis.value.SpendIndependence;
import org.crmworkbench.analysis.value.StageMigration;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.analysis.value.ValueSettings;
import org.crmworkbench.model.ValueRunRecord;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.OutputFiles;

/**
 * The value analysis' output files and its saved-run record. Column names and JSON keys are fixed English
 * identifiers, segments and stages are written by their keys; numbers keep full precision (whole numbers without a
 * fraction), an unknown number (NaN) is an empty CSV cell or a JSON {@code null}.
 */
public final class ValueFiles {
    /** The columns of {@code customers.csv}, in order. */
    public static final List<String> CUSTOMER_COLUMNS = List.of("customer_id", "frequency", "recency", "T",
            "monetary_value", "p_alive", "expected_purchases", "expected_spend", "clv", "r_score", "f_score",
            "m_score", "rfm_segment", "lifecycle_stage");
    /** The columns of {@code holdout.csv}, in order. */
    public static final List<String> HOLDOUT_COLUMNS = List.of("frequency_group", "customers", "actual", "expected");
    /** How many of the most valuable customers a saved run keeps. */
    public static final int TOP_CUSTOMERS = 20;

    /**
     * {@code parameters.json}: {@code model}, the model's parameters by their usual names at the top level
     * ({@code r, alpha, a, b} or {@code r, alpha, s, beta}), {@code log_likelihood}, {@code standard_errors} (name
     * to standard error), {@code customers}; {@code gamma_gamma} ({@code p, q, gamma, log_likelihood,
     * standard_errors, customers}); {@code spend_frequency_correlation} ({@code correlation, customers, weak});
     * the settings {@code calibration_end, holdout_end} (null without a holdout){@code , period, horizon,
     * discount_rate, margin}; and {@code comparison} when more than one model was fitted: per model {@code model,
     * log_likelihood, parameters} (the count){@code , holdout_mae, holdout_expected, holdout_actual} and the
     * fitted {@code estimates}.
     */
    public String parameters(ValueResult result) {
        ValueSettings settings = result.settings();
        return OutputFiles.json(json -> {
            json.writeStartObject();
            json.writeStringField("model", result.model().kind().key());
            model(json, result.model());
            GammaGammaModel spend = result.spend();
            if (spend != null) {
                json.writeObjectFieldStart("gamma_gamma");
                number(json, "p", spend.p());
                number(json, "q", spend.q());
                number(json, "gamma", spend.gamma());
                number(json, "log_likelihood", spend.logLikelihood());
                standardErrors(json, spend.parameters());
                json.writeNumberField("customers", spend.customers());
                json.writeEndObject();
            }
            SpendIndependence independence = result.independence();
            if (independence != null) {
                json.writeObjectFieldStart("spend_frequency_correlation");
                number(json, "correlation", independence.correlation());
                json.writeNumberField("customers", independence.customers());
                json.writeBooleanField("weak", independence.weak());
                json.writeEndObject();
            }
            json.writeStringField("calibration_end", settings.calibrationEnd().toString());
            if (settings.holdoutEnd() == null) {
                json.writeNullField("holdout_end");
            } else {
                json.writeStringField("holdout_end", settings.holdoutEnd().toString());
            }
            json.writeStringField("period", settings.unit().key());
            json.writeNumberField("horizon", settings.clv().horizon());
            number(json, "discount_rate", settings.clv().annualDiscountRate());
            number(json, "margin", settings.clv().margin());
            if (result.comparison() != null && !result.comparison().rows().isEmpty()) {
                json.writeArrayFieldStart("comparison");
                for (ModelComparison.Row row : result.comparison().rows()) {
                    comparison(json, row, result);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        });
    }

    public void writeParameters(Path file, ValueResult result) throws IOException {
        OutputFiles.writeText(file, parameters(result));
    }

    /** {@code customers.csv}, one row per customer, columns {@link #CUSTOMER_COLUMNS}; ids as stored. */
    public void writeCustomers(Path file, ValueResult result) throws IOException {
        writeCustomers(file, result, PersonalDataPolicy.masked());
    }

    /** {@code customers.csv}, the customers' ids as {@code people} writes them (as stored, or pseudonymized). */
    public void writeCustomers(Path file, ValueResult result, PersonalDataPolicy people) throws IOException {
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(CUSTOMER_COLUMNS);
            for (CustomerValue c : result.customers()) {
                CustomerSummary s = c.summary();
                csv.writeRecord(people.id(s.customerId()), Integer.toString(s.frequency()), cell(s.recency()), cell(s.age()),
                        cell(s.monetaryValue()), cell(c.probabilityAlive()), cell(c.expectedPurchases()),
                        cell(c.expectedSpend()), cell(c.clv()),
                        c.rfm() == null ? "" : Integer.toString(c.rfm().recency()),
                        c.rfm() == null ? "" : Integer.toString(c.rfm().frequency()),
                        c.rfm() == null ? "" : Integer.toString(c.rfm().monetary()),
                        c.rfm() == null ? "" : c.rfm().segment().key(), c.stage() == null ? "" : c.stage().key());
            }
        });
    }

    /**
     * {@code holdout.csv}: the calibration/holdout comparison by frequency group, columns {@link #HOLDOUT_COLUMNS}
     * (mean holdout purchases per customer, actual and expected); only with a holdout.
     *
     * @throws IllegalArgumentException when the result has no holdout
     */
    public void writeHoldout(Path file, ValueResult result) throws IOException {
        HoldoutComparison holdout = result.holdout();
        if (holdout == null) {
            throw new IllegalArgumentException("the value analysis had no holdout");
        }
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord(HOLDOUT_COLUMNS);
            for (HoldoutComparison.Row row : holdout.rows()) {
                csv.writeRecord(row.label(), Integer.toString(row.customers()), cell(row.actual()),
                        cell(row.expected()));
            }
        });
    }

    /**
     * The record a value run is saved as: {@link #parameters} as its parameters, one RFM row per segment (means NaN
     * for an empty segment), the CLV bins of {@link ClvBins}, the {@link #TOP_CUSTOMERS} most valuable customers and
     * the stage migration (empty counts when the result has none).
     */
    public ValueRunRecord record(ValueResult result, Instant startedAt, String appVersion, String dataSource) {
        ValueSettings settings = result.settings();
        List<CustomerValue> customers = result.customers();
        double totalClv = 0;
        int maxFrequency = 0;
        double maxAge = 0;
        int segments = RfmSegment.values().length;
        int[] count = new int[segments];
        double[] recency = new double[segments];
        double[] purchases = new double[segments];
        double[] spend = new double[segments];
        double[] clv = new double[segments];
        double[] all = new double[customers.size()];
        for (int i = 0; i < customers.size(); i++) {
            CustomerValue c = customers.get(i);
            CustomerSummary s = c.summary();
            all[i] = c.clv();
            if (Double.isFinite(c.clv())) {
                totalClv += c.clv();
            }
            maxFrequency = Math.max(maxFrequency, s.frequency());
            maxAge = Math.max(maxAge, s.age());
            if (c.rfm() != null) {
                int k = c.rfm().segment().ordinal();
                count[k]++;
                recency[k] += ChronoUnit.DAYS.between(s.lastPurchase(), settings.calibrationEnd());
                purchases[k] += s.frequency() + 1;
                spend[k] += s.calibrationSpend();
                clv[k] += Double.isFinite(c.clv()) ? c.clv() : 0;
            }
        }
        List<ValueRunRecord.RfmRow> rows = new ArrayList<>(segments);
        for (RfmSegment segment : RfmSegment.values()) {
            int k = segment.ordinal();
            double n = count[k];
            rows.add(new ValueRunRecord.RfmRow(segment.key(), count[k], n > 0 ? recency[k] / n : Double.NaN,
                    n > 0 ? purchases[k] / n : Double.NaN, n > 0 ? spend[k] / n : Double.NaN, clv[k]));
        }
        List<ValueRunRecord.TopCustomer> top = ValueCharts.top(result, TOP_CUSTOMERS).stream()
                .map(c -> new ValueRunRecord.TopCustomer(c.summary().customerId(), c.clv(), c.probabilityAlive(),
                        c.expectedPurchases(), c.rfm() == null ? "" : c.rfm().segment().key(),
                        c.stage() == null ? "" : c.stage().key())).toList();
        StageMigration m = result.migration();
        ValueRunRecord.Migration migration = m == null
                ? new ValueRunRecord.Migration(settings.migrationFrom(), settings.calibrationEnd(), new int[0][0],
                        new int[0])
                : new ValueRunRecord.Migration(m.from(), m.to(), m.counts(), m.arrivals());
        return new ValueRunRecord(0, startedAt, appVersion, dataSource, result.model().kind().key(),
                settings.unit().key(), settings.calibrationEnd(), settings.holdoutEnd(), settings.clv().horizon(),
                settings.clv().annualDiscountRate(), settings.clv().margin(), parameters(result), customers.size(),
                totalClv, maxFrequency, maxAge, rows, ClvBins.of(all), top, migration);
    }

    private static void model(JsonGenerator json, PurchaseModel model) throws IOException {
        for (ModelParameter p : model.parameters()) {
            number(json, p.name(), p.value());
        }
        number(json, "log_likelihood", model.logLikelihood());
        standardErrors(json, model.parameters());
        json.writeNumberField("customers", model.customers());
    }

    private static void standardErrors(JsonGenerator json, List<ModelParameter> parameters) throws IOException {
        json.writeObjectFieldStart("standard_errors");
        for (ModelParameter p : parameters) {
            number(json, p.name(), p.standardError());
        }
        json.writeEndObject();
    }

    private static void comparison(JsonGenerator json, ModelComparison.Row row, ValueResult result)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("model", row.kind().key());
        number(json, "log_likelihood", row.logLikelihood());
        json.writeNumberField("parameters", row.parameters());
        number(json, "holdout_mae", row.holdoutMae());
        number(json, "holdout_expected", row.holdoutExpected());
        number(json, "holdout_actual", row.holdoutActual());
        List<PurchaseModel> fitted = new ArrayList<>(result.others());
        fitted.add(0, result.model());
        for (PurchaseModel model : fitted) {
            if (model.kind() == row.kind()) {
                json.writeObjectFieldStart("estimates");
                for (ModelParameter p : model.parameters()) {
                    number(json, p.name(), p.value());
                }
                json.writeEndObject();
                standardErrors(json, model.parameters());
                break;
            }
        }
        json.writeEndObject();
    }
}
