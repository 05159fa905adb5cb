package org.crmworkbench.data.sample;

import de.siegmar.fastcsv.writer.CsvWriter;

/** Writes the planted truth: customer groups, feedback sentiments and rep performances. */
final class TruthWriter {
    private final PlantedTruth truth;

    TruthWriter(PlantedTruth truth) {
        this.truth = truth;
    }

    void writeCustomers(CsvWriter out, RowCounter rows) {
        for (int u = 0; u < truth.customerCount(); u++) {
            out.writeRecord(truth.customerId(u), truth.group(u).key());
            rows.step();
        }
    }

    void writeFeedback(CsvWriter out, RowCounter rows) {
        for (int i = 0; i < truth.feedbackCount(); i++) {
            out.writeRecord(truth.feedbackId(i), truth.sentiment(i).code());
            rows.step();
        }
    }

    /** Performance is planted with two decimals and written in the same fixed form as money. */
    private static String twoDecimals(double value) {
        return Money.format(Math.round(value * 100));
    }

    void writeReps(CsvWriter out, RowCounter rows) {
        for (int r = 0; r < truth.repCount(); r++) {
            out.writeRecord(truth.repId(r), twoDecimals(truth.repPerformance(r)));
            rows.step();
        }
    }
}
