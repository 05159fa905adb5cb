package org.crmworkbench.analysis.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The unusual values {@link OutlierFinder} found: every flag, strongest first, and the same flags grouped by row.
 */
public final class Outliers {
    private final List<OutlierFlag> flags;
    private final SortedMap<Integer, List<OutlierFlag>> byRow;

    Outliers(List<OutlierFlag> flags) {
        this.flags = List.copyOf(flags);
        TreeMap<Integer, List<OutlierFlag>> map = new TreeMap<>();
        for (OutlierFlag f : this.flags) {
            map.computeIfAbsent(f.row(), r -> new ArrayList<>()).add(f);
        }
        map.replaceAll((row, list) -> List.copyOf(list));
        this.byRow = Collections.unmodifiableSortedMap(map);
    }

    /** All flags, highest score first (ties by row, then feature, then rule). */
    public List<OutlierFlag> flags() {
        return flags;
    }

    /** The flagged rows, ascending. */
    public int[] rows() {
        return byRow.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    public int rowCount() {
        return byRow.size();
    }

    public boolean isFlagged(int row) {
        return byRow.containsKey(row);
    }

    /** Why a row was flagged: its flags, strongest first; empty when it was not. */
    public List<OutlierFlag> reasons(int row) {
        return byRow.getOrDefault(row, List.of());
    }

    /** Flags per flagged row, rows ascending. */
    public Map<Integer, List<OutlierFlag>> byRow() {
        return byRow;
    }
}
