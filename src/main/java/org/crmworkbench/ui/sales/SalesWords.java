package org.crmworkbench.ui.sales;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.present.sales.RepsWords;

/**
 * The Sales team view's lines of text: the summary line under the data line (reps, observations, the spread
 * between reps and their share of the variance), and the rank shifts above the league table in
 * {@link RepsWords}' sentences ("R017 Ada Lee ranks 3rd on revenue but 14th once territory is accounted for").
 */
final class SalesWords {
    /** How many shift sentences the view shows before "and n more". */
    static final int SHOWN = 3;

    private final Messages messages;
    private final RepsWords words;

    SalesWords(Messages messages) {
        this.messages = messages;
        this.words = new RepsWords(messages);
    }

    /** Reps, observations, spread between reps and the share of variance between them. */
    String summary(SalesTeamResult r) {
        return messages.get("sales.ws.summary", r.effects().size(), r.fit().observations(), r.fit().groupSd(),
                r.fit().residualSd(), r.fit().intraclassCorrelation());
    }

    /**
     * The largest rank shifts, one sentence each, or that raw and adjusted ranks agree; when the model puts no
     * variance between reps ({@code groupSd} 0) the adjusted ranks are ties, and that is said instead.
     */
    String shifts(RepsRunRecord run, double groupSd) {
        if (run.effects().isEmpty()) {
            return "";
        }
        if (!(groupSd > 0)) {
            return messages.get("sales.ws.shift.noVariance");
        }
        if (run.shifts().isEmpty()) {
            return messages.get("sales.ws.shift.none");
        }
        List<String> lines = new ArrayList<>();
        for (RepsRunRecord.Shift s : run.shifts().subList(0, Math.min(SHOWN, run.shifts().size()))) {
            lines.add(messages.get("sales.ws.shift", words.shift(s, run)));
        }
        if (run.shifts().size() > SHOWN) {
            lines.add(messages.get("sales.ws.shift.more", run.shifts().size() - SHOWN));
        }
        return String.join("\n", lines);
    }

    /** A factor's name in the reader's language ({@link RepsWords#factor}), capitalised for a check box. */
    String factor(String name) {
        String word = words.factor(name);
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(messages.locale()) + word.substring(1);
    }
}
