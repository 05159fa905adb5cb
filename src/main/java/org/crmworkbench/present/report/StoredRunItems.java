package org.crmworkbench.present.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.work.Progress;

/**
 * The items of a kind whose stored run is read whole by its id: the kind, its items, the bundle prefix of their
 * labels, and how an item is drawn again from the run.
 *
 * @param <R> the kind's run record
 */
abstract class StoredRunItems<R> extends RunItems {
    private final String kind;
    private final List<Entry> entries;
    private final String labelPrefix;
    private final LongFunction<Optional<R>> store;

    /**
     * @param labelPrefix the bundle key prefix of the items' labels ({@code feedback.report.item.})
     * @param store       reads a stored run by id
     */
    StoredRunItems(String kind, List<Entry> entries, String labelPrefix, LongFunction<Optional<R>> store,
                   Messages messages, DataSetWords dataSet) {
        this(kind, entries, labelPrefix, store, messages, dataSet, PersonalDataPolicy.masked());
    }

    /** As above, showing people as {@code people} says. */
    StoredRunItems(String kind, List<Entry> entries, String labelPrefix, LongFunction<Optional<R>> store,
                   Messages messages, DataSetWords dataSet, PersonalDataPolicy people) {
        super(messages, dataSet, people);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.entries = List.copyOf(entries);
        this.labelPrefix = Objects.requireNonNull(labelPrefix, "labelPrefix");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    final String kind() {
        return kind;
    }

    @Override
    final List<Entry> entries() {
        return entries;
    }

    @Override
    final String label(String key) {
        return messages.get(labelPrefix + key);
    }

    @Override
    final ReportItem build(SavedRun saved, String key, Progress progress) {
        R run = store.apply(saved.id()).orElseThrow();
        progress.checkCancelled();
        return build(saved, run, key);
    }

    /** Builds item {@code key} of the stored {@code run} (listed as {@code saved}). */
    abstract ReportItem build(SavedRun saved, R run, String key);
}
