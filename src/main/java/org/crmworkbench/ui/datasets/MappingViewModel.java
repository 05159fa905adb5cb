package org.crmworkbench.ui.datasets;

import org.crmworkbench.ui.common.Notice;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.imports.ColumnMapping;
import org.crmworkbench.data.imports.FieldSpec;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportPreview;
import org.crmworkbench.data.imports.SlashedDateOrder;
import org.crmworkbench.data.imports.SourceRecord;
import org.crmworkbench.data.imports.TableSpec;

/**
 * The mapping step's state: for each field of the target table the file column chosen for it (the inferred
 * mapping to begin with), the columns left over, and the options that say how values are read. A column feeds
 * at most one field: giving it to a field takes it from any other. FX thread only.
 */
public final class MappingViewModel {
    /** The encodings offered for CSV files (a byte-order mark in the file wins). */
    public static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"),
            StandardCharsets.UTF_16);

    private final ObservableList<FieldChoice> fields = FXCollections.observableArrayList();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<String> ignoredHeaders = FXCollections.observableArrayList();
    private final ObservableList<String> missingRequired = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CrmTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final BooleanBinding ratingScaleNeeded = table.isEqualTo(CrmTable.RATINGS);
    private final ObjectProperty<Double> ratingMin = new SimpleObjectProperty<>(this, "ratingMin", 1.0);
    private final ObjectProperty<Double> ratingMax = new SimpleObjectProperty<>(this, "ratingMax", 5.0);
    private final ObjectProperty<SlashedDateOrder> slashedDates = new SimpleObjectProperty<>(this, "slashedDates",
            SlashedDateOrder.MONTH_FIRST);
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>(this, "encoding", StandardCharsets.UTF_8);
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty(this, "skipBadRows");
    private final StringProperty rejectsPath = new SimpleStringProperty(this, "rejectsPath", "");
    private final ReadOnlyObjectWrapper<Notice> optionsProblem = new ReadOnlyObjectWrapper<>(this, "optionsProblem");
    private final BooleanBinding ready;
    private List<SourceRecord> sampleRows = List.of();
    private boolean adjusting;

    public MappingViewModel() {
        ready = Bindings.createBooleanBinding(() -> !fields.isEmpty() && missingRequired.isEmpty()
                && optionsProblem.get() == null, fields, missingRequired, optionsProblem);
        ratingMin.addListener((o, a, b) -> checkOptions());
        ratingMax.addListener((o, a, b) -> checkOptions());
        skipBadRows.addListener((o, a, b) -> checkOptions());
        rejectsPath.addListener((o, a, b) -> checkOptions());
    }

    /** Starts over for {@code file} going into {@code table}, with the mapping the preview inferred. */
    public void reset(CrmTable target, ImportPreview preview, Path file) {
        adjusting = true;
        try {
            table.set(target);
            sampleRows = preview.rows();
            List<ColumnChoice> choices = new ArrayList<>();
            choices.add(ColumnChoice.NONE);
            for (int c = 0; c < preview.header().size(); c++) {
                choices.add(new ColumnChoice(c, preview.header().get(c)));
            }
            columns.setAll(choices);
            ColumnMapping inferred = preview.mapping();
            List<FieldChoice> list = new ArrayList<>();
            List<FieldSpec> specs = TableSpec.of(target).fields();
            for (int f = 0; f < specs.size(); f++) {
                FieldChoice choice = new FieldChoice(specs.get(f));
                int c = inferred.columnOf(f);
                choice.columnProperty().set(c < 0 ? ColumnChoice.NONE : choices.get(c + 1));
                choice.columnProperty().addListener((o, before, after) -> columnChosen(choice, after));
                list.add(choice);
            }
            fields.setAll(list);
            if (file != null && file.getFileName() != null) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                rejectsPath.set(file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".rejects.csv").toString());
            }
        } finally {
            adjusting = false;
        }
        refresh();
        checkOptions();
    }

    /** Chooses {@code column} for the field named {@code field} (as a person does with the field's list). */
    public void choose(String field, ColumnChoice column) {
        fields.stream().filter(f -> f.name().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + field))
                .columnProperty().set(column);
    }

    /** The choice for the column with header {@code header}, if the file has one. */
    public ColumnChoice column(String header) {
        return columns.stream().filter(c -> !c.isNone() && c.header().equals(header)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + header));
    }

    private void columnChosen(FieldChoice chosen, ColumnChoice column) {
        if (adjusting) {
            return;
        }
        adjusting = true;
        try {
            if (column != null && !column.isNone()) {
                for (FieldChoice other : fields) {
                    if (other != chosen && column.equals(other.columnProperty().get())) {
                        other.columnProperty().set(ColumnChoice.NONE);
                    }
                }
            }
        } finally {
            adjusting = false;
        }
        refresh();
    }

    private void refresh() {
        List<String> missing = new ArrayList<>();
        boolean[] used = new boolean[columns.size()];
        for (FieldChoice f : fields) {
            ColumnChoice c = f.columnProperty().get();
            if (c == null || c.isNone()) {
                f.setSample("");
                if (f.required()) {
                    missing.add(f.name());
                }
            } else {
                used[c.index() + 1] = true;
                f.setSample(sampleRows.isEmpty() ? "" : sampleRows.get(0).field(c.index()));
            }
        }
        List<String> ignored = new ArrayList<>();
        for (int i = 1; i < columns.size(); i++) {
            if (!used[i]) {
                ignored.add(columns.get(i).header());
            }
        }
        missingRequired.setAll(missing);
        ignoredHeaders.setAll(ignored);
    }

    private void checkOptions() {
        Notice problem = null;
        if (table.get() == CrmTable.RATINGS
                && (ratingMin.get() == null || ratingMax.get() == null || !(ratingMin.get() < ratingMax.get()))) {
            problem = Notice.error("import.options.badScale");
        } else if (skipBadRows.get() && !isPath(rejectsPath.get())) {
            problem = Notice.error("import.options.noRejectsFile");
        }
        optionsProblem.set(problem);
    }

    private static boolean isPath(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            Path.of(text.trim());
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Every field with its column ({@code #n}, or empty for none), for {@code ImportOptions.withMapping}. */
    public Map<String, String> mapping() {
        Map<String, String> m = new LinkedHashMap<>();
        for (FieldChoice f : fields) {
            ColumnChoice c = f.columnProperty().get();
            m.put(f.name(), c == null ? "" : c.mappingValue());
        }
        return m;
    }

    /** The options of the import as chosen, mapping included; only when {@link #readyBinding()} holds. */
    public ImportOptions options() {
        ImportOptions o = readingOptions().withSlashedDates(slashedDates.get()).withMapping(mapping());
        if (table.get() == CrmTable.RATINGS) {
            o = o.withRatingScale(ratingMin.get(), ratingMax.get());
        }
        return skipBadRows.get() ? o.skippingBadRows(Path.of(rejectsPath.get().trim())) : o;
    }

    /** What reading the preview needs: the encoding. */
    public ImportOptions readingOptions() {
        return ImportOptions.defaults().withEncoding(encoding.get());
    }

    public ObservableList<FieldChoice> fields() {
        return fields;
    }

    /** "None" first, then every column of the file. */
    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    /** Headers of columns that feed no field: the import leaves them out. */
    public ObservableList<String> ignoredHeaders() {
        return ignoredHeaders;
    }

    /** Names of required fields without a column. */
    public ObservableList<String> missingRequired() {
        return missingRequired;
    }

    public ReadOnlyObjectProperty<CrmTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** True when the target is the ratings table, whose rating scale the file must name. */
    public BooleanBinding ratingScaleNeededBinding() {
        return ratingScaleNeeded;
    }

    public ObjectProperty<Double> ratingMinProperty() {
        return ratingMin;
    }

    public ObjectProperty<Double> ratingMaxProperty() {
        return ratingMax;
    }

    public ObjectProperty<SlashedDateOrder> slashedDatesProperty() {
        return slashedDates;
    }

    public ObjectProperty<Charset> encodingProperty() {
        return encoding;
    }

    public BooleanProperty skipBadRowsProperty() {
        return skipBadRows;
    }

    public StringProperty rejectsPathProperty() {
        return rejectsPath;
    }

    /** What is wrong with the options, or null. */
    public ReadOnlyObjectProperty<Notice> optionsProblemProperty() {
        return optionsProblem.getReadOnlyProperty();
    }

    /** True when every required field has a column and the options are valid. */
    public BooleanBinding readyBinding() {
        return ready;
    }
}
