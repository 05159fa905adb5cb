package org.crmworkbench.ui.sales;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.sales.RankShift;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.i18n.Messages;

/**
 * The Sales team view's sentences: the summary line under the data line, and the rank shifts above the league table
 * ("R017 Ana Lee ranks 3rd by revenue but 14th once region and channel are accounted for.").
 * <p>
 * Stands in for {@code present.sales.RepsWords} until that lands on this branch.
 */
final class SalesWords {
    /** How many shift sentences the view shows before "and n more". */
    static final int SHOWN = 3;

    private final Messages messages;

    SalesWords(Messages messages) {
        this.messages = messages;
    }

    /** Reps, observations, spread between reps and the share of variance between them. */
    String summary(SalesTeamResult r) {
        return messages.get("sales.ws.summary", r.effects().size(), r.fit().observations(), r.fit().groupSd(),
                r.fit().residualSd(), r.fit().intraclassCorrelation());
    }

    /** The largest rank shifts, one sentence each, or that raw and adjusted ranks agree. */
    String shifts(SalesTeamResult r) {
        if (r.effects().isEmpty()) {
            return "";
        }
        if (r.shifts().isEmpty()) {
            return messages.get("sales.ws.shift.none");
        }
        String raw = messages.get("sales.ws.raw." + r.settings().outcome().cliName())
                .toLowerCase(messages.locale());
        String factors = factors(r);
        List<String> lines = new ArrayList<>();
        for (RankShift s : r.shifts().subList(0, Math.min(SHOWN, r.shifts().size()))) {
            String who = s.name().equals(s.repId()) ? s.repId() : s.repId() + " " + s.name();
            lines.add(messages.get("sales.ws.shift", who, s.rankRaw(), raw, s.rankAdjusted(), factors, s.reps()));
        }
        if (r.shifts().size() > SHOWN) {
            lines.add(messages.get("sales.ws.shift.more", r.shifts().size() - SHOWN));
        }
        return String.join("\n", lines);
    }

    /** What was adjusted for, in words ("region, channel and season"). */
    String factors(SalesTeamResult r) {
        List<String> names = new ArrayList<>();
        for (String f : r.settings().adjustFor()) {
            String key = "sales.ws.factor." + f;
            names.add(messages.has(key) ? messages.get(key).toLowerCase(messages.locale()) : f);
        }
        if (r.settings().season()) {
            names.add(messages.get("sales.ws.season.word"));
        }
        if (names.isEmpty()) {
            return messages.get("sales.ws.nothing");
        }
        return String.join(messages.get("sales.ws.listSeparator"), names);
    }

    /** A factor's name in the reader's language, or as the file named it. */
    String factor(String name) {
        String key = "sales.ws.factor." + name;
        return messages.has(key) ? messages.get(key) : name;
    }
}
