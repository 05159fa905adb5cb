package org.crmworkbench.present.value;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.model.ValueRunRecord;

/** The value analysis' output files and its saved-run record. */
public final class ValueFiles {

    /** {@code parameters.json}: model, parameters, standard errors, log-likelihood, the {@code gamma_gamma} object. */
    public String parameters(ValueResult result) {
        throw new UnsupportedOperationException("to be written");
    }

    public void writeParameters(Path file, ValueResult result) throws IOException {
        throw new UnsupportedOperationException("to be written");
    }

    /** {@code customers.csv}, one row per customer, columns as the issue lists them. */
    public void writeCustomers(Path file, ValueResult result) throws IOException {
        throw new UnsupportedOperationException("to be written");
    }

    /** {@code holdout.csv}: the calibration/holdout comparison by frequency group; only with a holdout. */
    public void writeHoldout(Path file, ValueResult result) throws IOException {
        throw new UnsupportedOperationException("to be written");
    }

    /** The record a value run is saved as. */
    public ValueRunRecord record(ValueResult result, Instant startedAt, String appVersion, String dataSource) {
        throw new UnsupportedOperationException("to be written");
    }
}
