package org.crmworkbench.ui.reports;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crmworkbench.present.chart.ChartCopy;
import org.crmworkbench.present.report.ItemChoice;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.ui.jobs.Job;

/**
 * One chart or table in the report being built: what was picked, the item once it is built (null while its
 * building job runs), and the title and note the analyst gave it. FX thread only.
 */
public final class ItemRow {
    private final ItemChoice choice;
    private final ReadOnlyObjectWrapper<ReportItem> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private boolean titleEdited;
    private boolean settingTitle;
    private Job building;
    private int builds;

    ItemRow(ItemChoice choice) {
        this.choice = Objects.requireNonNull(choice, "choice");
        title.set(choice.label());
        title.addListener((o, a, b) -> {
            titleEdited |= !settingTitle;
            applyChartTitle();
        });
    }

    public ItemChoice choice() {
        return choice;
    }

    public long runId() {
        return choice.runId();
    }

    public boolean isChart() {
        return choice.chart();
    }

    /** The built item as the catalogue gave it, or null while it is being built. */
    public ReadOnlyObjectProperty<ReportItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public boolean isBuilt() {
        return item.get() != null;
    }

    /** Whether its building job still runs. */
    boolean isBuilding() {
        return building != null;
    }

    /** The heading of the item; for a chart also its title. */
    public StringProperty titleProperty() {
        return title;
    }

    /** The analyst's note under the item. */
    public StringProperty noteProperty() {
        return note;
    }

    void building(Job job) {
        this.building = job;
    }

    void built(ReportItem built) {
        building = null;
        if (!titleEdited && !built.title().isBlank()) {
            settingTitle = true;
            title.set(built.title());
            settingTitle = false;
        }
        item.set(built);
        applyChartTitle();
    }

    /** The shown chart carries the item's title, as the exported one will. */
    private void applyChartTitle() {
        if (item.get() instanceof ReportItem.Chart chart) {
            String text = title.get() == null ? "" : title.get();
            if (chart.chart().getTitle() != null) {
                chart.chart().getTitle().setText(text); // keeps the chart style's title font
            } else {
                chart.chart().setTitle(text);
            }
        }
    }

    /**
     * Built again (people shown another way): the building job under way is stopped and there is no item until
     * {@link #built} gives the new one; the new build's number, which tells its callbacks from the stopped one's.
     */
    int rebuilding() {
        builds++; // first, so the stopped job's callbacks already see they are not the row's build any more
        cancelBuilding();
        item.set(null);
        return builds;
    }

    /** The number of the build under way or done last (0 for the first). */
    int builds() {
        return builds;
    }

    /** Stops the building job, if it still runs. */
    void cancelBuilding() {
        if (building != null) {
            building.cancel();
            building = null;
        }
    }

    /**
     * The item as it goes into the report: the analyst's title and note, and for a chart a {@link ChartCopy} of the
     * chart with its own renderers, legend and markers (the shown one stays with the preview, so writing it on a
     * worker thread never reads what the preview draws).
     */
    ReportItem snapshot() {
        ReportItem built = item.get();
        if (built == null) {
            throw new IllegalStateException("item " + choice.key() + " of run " + choice.runId() + " is not built");
        }
        ReportItem titled = built.withTitle(title.get().strip()).withNote(note.get() == null ? "" : note.get().strip());
        if (titled instanceof ReportItem.Chart chart) {
            return new ReportItem.Chart(chart.key(), chart.title(), chart.note(), chart.provenance(),
                    ChartCopy.of(chart.chart()));
        }
        return titled;
    }

    @Override
    public String toString() {
        return "#" + choice.runId() + " " + choice.key() + " \"" + title.get() + "\"";
    }
}
