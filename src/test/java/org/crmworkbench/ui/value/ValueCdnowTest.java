package org.crmworkbench.ui.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crmworkbench.analysis.value.ModelParameter;
import org.crmworkbench.analysis.value.PurchaseModelKind;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.junit.jupiter.api.Test;

/**
 * The window on the public CDNOW sample read from its transaction file: the published BG/NBD, Pareto/NBD and
 * Gamma-Gamma estimates (Fader, Hardie and Lee 2005), the same as {@code workbench value} gives (ValueCommandTest).
 */
class ValueCdnowTest {
    private static final Path CDNOW = Path.of("assets/public/cdnow/cdnow_sample_transactions.csv");

    @Test
    void theWindowGivesThePublishedEstimatesOnTheCdnowSample() {
        ValueViewModel model = new ValueViewModel(new DataSession(), new SameThreadJobRunner(), Runnable::run,
                Messages::english);
        ValueSource source = model.source();
        source.kindProperty().set(ValueSource.Kind.FILE);
        source.fileProperty().set(CDNOW);
        source.customerColumnProperty().set("customer");
        source.dateColumnProperty().set("date");
        source.amountColumnProperty().set("amount");
        source.read();
        model.form().calibrationEndProperty().set(LocalDate.parse("1997-09-30"));
        model.form().holdoutProperty().set(true);
        model.form().holdoutEndProperty().set(LocalDate.parse("1998-06-30"));
        model.fit();
        ValueResult result = model.resultProperty().get();
        assertNotNull(result, String.valueOf(model.noticeProperty().get()));
        assertEquals(2357, result.summaries().size());
        assertEquals(PurchaseModelKind.BGNBD, result.model().kind());
        assertEstimates(result.model().parameters(), 0.243, 4.414, 0.793, 2.426);
        assertEquals(-9582.4, result.model().logLikelihood(), 0.05);
        assertEstimates(result.others().get(0).parameters(), 0.553, 10.578, 0.606, 11.669);
        // Gamma-Gamma is printed to two decimals: 6.25, 3.74, 15.44
        assertEquals(6.25, result.spend().p(), 0.005);
        assertEquals(3.74, result.spend().q(), 0.005);
        assertEquals(15.44, result.spend().gamma(), 0.01);
    }

    private static void assertEstimates(List<ModelParameter> parameters, double... published) {
        for (int i = 0; i < published.length; i++) {
            assertEquals(published[i], parameters.get(i).value(), 0.0015, parameters.get(i).name());
        }
    }
}
