package org.crmworkbench.ui.value;

import static org.crmworkbench.ui.common.FileHeaders.guess;
import static org.crmworkbench.ui.common.FileHeaders.lower;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.ui.common.ProblemText;
import org.crmworkbench.model.Purchase;
import org.crmworkbench.model.PurchaseSpan;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.FileHeaders;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.workflow.ValueWorkflow;

/**
 * Where the Value workspace's purchases come from: the stored orders, or a CSV/XLSX transaction file whose customer,
 * date and amount columns are picked from its header. The purchases are read in background jobs whenever the choice
 * or the stored data changes, each newer read replacing the one before. On an empty database the source waits for
 * data (no failed job) and reads as soon as orders arrive. FX thread only.
 */
public final class ValueSource {
    /** Where the purchases come from. */
    public enum Kind { ORDERS, FILE }

    /** What the source is doing. */
    public enum Phase { WAITING_FOR_DATA, READING, READY, FAILED }

    /** Purchases read with the dates they span. */
    public record Purchases(List<Purchase> purchases, PurchaseSpan span, String name) {
        public Purchases {
            purchases = List.copyOf(purchases);
            Objects.requireNonNull(span, "span");
        }
    }

    static final String READ_KEY = "value.read";
    static final String HEADER_KEY = "value.header";

    private final DataSession session;
    private final JobRunner jobs;
    private final FileHeaders headers;
    private final Supplier<Messages> messages;
    private final Consumer<Notice> notices;

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.ORDERS);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> customerColumn = new SimpleObjectProperty<>(this, "customerColumn");
    private final ObjectProperty<String> dateColumn = new SimpleObjectProperty<>(this, "dateColumn");
    private final ObjectProperty<String> amountColumn = new SimpleObjectProperty<>(this, "amountColumn");
    private final ReadOnlyObjectWrapper<Purchases> purchases = new ReadOnlyObjectWrapper<>(this, "purchases");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
            Phase.WAITING_FOR_DATA);
    private boolean choosingColumns;

    ValueSource(DataSession session, JobRunner jobs, Supplier<Messages> messages, Consumer<Notice> notices) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.headers = new FileHeaders(jobs, HEADER_KEY);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.notices = Objects.requireNonNull(notices, "notices");
        InvalidationListener changed = o -> {
            if (!choosingColumns) {
                read();
            }
        };
        kind.addListener(changed);
        customerColumn.addListener(changed);
        dateColumn.addListener(changed);
        amountColumn.addListener(changed);
        file.addListener(o -> readHeader());
        session.dataVersionProperty().addListener(o -> {
            if (kind.get() == Kind.ORDERS) {
                read();
            }
        });
    }

    /** Reads the chosen purchases in the background; the newest read wins. */
    public void read() {
        Database db = session.database();
        if (kind.get() == Kind.FILE) {
            Path chosen = file.get();
            String customer = customerColumn.get();
            String date = dateColumn.get();
            String amount = amountColumn.get();
            if (chosen == null || customer == null || date == null || amount == null) {
                purchases.set(null);
                phase.set(Phase.WAITING_FOR_DATA);
                return;
            }
            String name = chosen.getFileName().toString();
            start("value.job.readFile", name, progress -> {
                List<Purchase> read = new ValueWorkflow(db).readFile(chosen, customer, date, amount, progress);
                return read.isEmpty() ? null : new Purchases(read, span(read), name);
            });
            return;
        }
        if (db == null) {
            phase.set(Phase.WAITING_FOR_DATA);
            return;
        }
        start("value.job.readOrders", "", progress -> {
            ValueWorkflow workflow = new ValueWorkflow(db);
            PurchaseSpan span = workflow.orderSpan();
            if (span == null) {
                return null; // no orders yet: wait for the data to change
            }
            return new Purchases(workflow.readOrders(progress), span, "");
        });
    }

    private void start(String nameKey, String name, org.crmworkbench.ui.jobs.JobBody<Purchases> body) {
        phase.set(Phase.READING);
        Kind asked = kind.get();
        jobs.job(nameKey, body).nameArgs(name).replacing(READ_KEY)
                .onSuccess(read -> {
                    if (asked != kind.get()) {
                        return;
                    }
                    notices.accept(null);
                    phase.set(read == null ? Phase.WAITING_FOR_DATA : Phase.READY);
                    purchases.set(read);
                })
                .onFailure(error -> {
                    phase.set(Phase.FAILED);
                    purchases.set(null);
                    notices.accept(Notice.error("value.notice.readFailed", ProblemText.of(error, messages.get())));
                })
                .onCancelled(() -> phase.set(purchases.get() == null ? Phase.FAILED : Phase.READY))
                .start();
    }

    /** The first and last purchase day, customers and purchases of {@code read} (not empty). */
    static PurchaseSpan span(List<Purchase> read) {
        LocalDate first = read.get(0).date();
        LocalDate last = first;
        Set<String> customers = new HashSet<>();
        for (Purchase p : read) {
            first = p.date().isBefore(first) ? p.date() : first;
            last = p.date().isAfter(last) ? p.date() : last;
            customers.add(p.customerId());
        }
        return new PurchaseSpan(first, last, customers.size(), read.size());
    }

    private void readHeader() {
        Path chosen = file.get();
        if (chosen != null) {
            headers.read(chosen, "value.job.header", this::useHeader, error -> notices.accept(
                    Notice.error("value.notice.fileFailed", ProblemText.of(error, messages.get()))));
        }
    }

    private void useHeader(List<String> header) {
        choosingColumns = true;
        try {
            columns.setAll(header);
            String customer = guess(header, h -> h.contains("customer") || h.contains("cust") || h.contains("客户"),
                    guess(header, h -> h.equals("id") || h.endsWith("_id"), header.isEmpty() ? null : header.get(0)));
            String date = guess(header, h -> !h.equals(lower(customer)) && (h.contains("date") || h.contains("time")
                    || h.contains("day") || h.contains("日期")), null);
            String amount = guess(header, h -> !h.equals(lower(customer)) && !h.equals(lower(date))
                    && (h.contains("amount") || h.contains("total") || h.contains("revenue") || h.contains("sales")
                    || h.contains("spend") || h.contains("value") || h.contains("price") || h.contains("金额")),
                    null);
            customerColumn.set(customer);
            dateColumn.set(date);
            amountColumn.set(amount);
            kind.set(Kind.FILE);
        } finally {
            choosingColumns = false;
        }
        read();
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The transaction file; setting it reads its header, guesses the columns and switches to the file. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The transaction file's columns. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObjectProperty<String> customerColumnProperty() {
        return customerColumn;
    }

    public ObjectProperty<String> dateColumnProperty() {
        return dateColumn;
    }

    public ObjectProperty<String> amountColumnProperty() {
        return amountColumn;
    }

    /** The purchases read last, or null (none yet, none stored, or the read failed). */
    public ReadOnlyObjectProperty<Purchases> purchasesProperty() {
        return purchases.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }
}
