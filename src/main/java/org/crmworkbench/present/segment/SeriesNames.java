package org.crmworkbench.present.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmworkbench.i18n.Messages;

/**
 * The names a chart has given its series or categories so far, so that no two are the same: a name already taken
 * comes back as "name (2)", "name (3)" and so on.
 */
final class SeriesNames {
    private final Set<String> used = new HashSet<>();

    /** {@code name}, or the first of "name (2)", "name (3)", ... not given out yet; the result is taken. */
    String distinct(String name) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    /**
     * Names of segments {@code 0 .. k-1}, distinct, then the noise label at index {@code k}; a missing or blank name
     * becomes "Segment n".
     */
    static List<String> ofSegments(List<String> names, int k, Messages messages) {
        List<String> out = new ArrayList<>();
        SeriesNames used = new SeriesNames();
        for (int s = 0; s < k; s++) {
            String name = names != null && s < names.size() && names.get(s) != null && !names.get(s).isBlank()
                    ? names.get(s).strip() : messages.get("segment.chart.segmentName", s + 1);
            out.add(used.distinct(name));
        }
        out.add(used.distinct(messages.get("segment.chart.noise")));
        return out;
    }

    /** {@code labels} in order, each made distinct from those before it. */
    static List<String> unique(List<String> labels) {
        SeriesNames used = new SeriesNames();
        return labels.stream().map(used::distinct).toList();
    }
}
