package org.crmworkbench.ui.sales;

import static org.crmworkbench.ui.common.FileHeaders.guess;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepQuota;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.FileHeaders;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.ProblemText;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.workflow.SalesTeamWorkflow;

/**
 * Where the Sales team workspace's orders come from: the stored orders that have a rep, or a file whose rep, amount,
 * date, customer and factor columns are picked from its header; and, optionally, a quota file. Read in background
 * jobs whenever a choice or the stored data changes, the newest read replacing the one before. FX thread only.
 */
public final class SalesSource {
    /** Where the orders come from. */
    public enum Kind { STORE, FILE }

    /** What the source is doing. */
    public enum Phase { WAITING_FOR_DATA, READING, READY, FAILED }

    /** Orders and quotas as read; {@code name} is the file's name, or "" for the stored orders. */
    public record Data(RepOrders orders, List<RepQuota> quotas, String name) {
        public Data {
            Objects.requireNonNull(orders, "orders");
            quotas = List.copyOf(quotas);
        }
    }

    static final String READ_KEY = "sales.read";
    static final String HEADER_KEY = "sales.header";

    private final DataSession session;
    private final JobRunner jobs;
    private final FileHeaders headers;
    private final Supplier<Messages> messages;
    private final Consumer<Notice> notices;

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.STORE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<Path> quotaFile = new SimpleObjectProperty<>(this, "quotaFile");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> repColumn = new SimpleObjectProperty<>(this, "repColumn");
    private final ObjectProperty<String> amountColumn = new SimpleObjectProperty<>(this, "amountColumn");
    private final ObjectProperty<String> dateColumn = new SimpleObjectProperty<>(this, "dateColumn");
    private final ObjectProperty<String> customerColumn = new SimpleObjectProperty<>(this, "customerColumn");
    private final ObservableList<String> factorColumns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Data> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
            Phase.WAITING_FOR_DATA);
    private boolean choosing;

    SalesSource(DataSession session, JobRunner jobs, Supplier<Messages> messages, Consumer<Notice> notices) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.headers = new FileHeaders(jobs, HEADER_KEY);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.notices = Objects.requireNonNull(notices, "notices");
        InvalidationListener changed = o -> {
            if (!choosing) {
                read();
            }
        };
        kind.addListener(changed);
        quotaFile.addListener(changed);
        repColumn.addListener(changed);
        amountColumn.addListener(changed);
        dateColumn.addListener(changed);
        customerColumn.addListener(changed);
        factorColumns.addListener(changed);
        file.addListener(o -> readHeader());
        session.dataVersionProperty().addListener(o -> {
            if (kind.get() == Kind.STORE) {
                read();
            }
        });
    }

    /** Reads the chosen orders (and quotas) in the background; the newest read wins. */
    public void read() {
        Database db = session.database();
        Path quotas = quotaFile.get();
        if (kind.get() == Kind.FILE) {
            Path chosen = file.get();
            String rep = repColumn.get();
            String amount = amountColumn.get();
            String date = dateColumn.get();
            if (chosen == null || rep == null || amount == null || date == null) {
                data.set(null);
                phase.set(Phase.WAITING_FOR_DATA);
                return;
            }
            String customer = customerColumn.get();
            List<String> factors = List.copyOf(factorColumns);
            String name = chosen.getFileName().toString();
            start("sales.ws.job.readFile", name, progress -> {
                SalesTeamWorkflow workflow = new SalesTeamWorkflow(db);
                RepOrders orders = workflow.readFile(chosen, rep, amount, date, customer, factors, progress);
                return data(orders, quotas == null ? List.of() : workflow.readQuotas(quotas, progress), name);
            });
            return;
        }
        if (db == null) {
            data.set(null);
            phase.set(Phase.WAITING_FOR_DATA);
            return;
        }
        start("sales.ws.job.readOrders", "", progress -> {
            SalesTeamWorkflow workflow = new SalesTeamWorkflow(db);
            RepOrders orders = workflow.readOrders(progress);
            return data(orders, quotas == null ? List.of() : workflow.readQuotas(quotas, progress), "");
        });
    }

    private static Data data(RepOrders orders, List<RepQuota> quotas, String name) {
        return orders.orders().isEmpty() ? null : new Data(orders, quotas, name);
    }

    /** Uses orders read elsewhere (tests, a file read by hand); a later read replaces them. */
    void offer(RepOrders orders, List<RepQuota> quotas, String name) {
        start("sales.ws.job.readFile", name, progress -> data(orders, quotas, name));
    }

    private void start(String nameKey, String name, org.crmworkbench.ui.jobs.JobBody<Data> body) {
        phase.set(Phase.READING);
        Kind asked = kind.get();
        jobs.job(nameKey, body).nameArgs(name).replacing(READ_KEY)
                .onSuccess(read -> {
                    if (asked != kind.get()) {
                        return;
                    }
                    notices.accept(null);
                    phase.set(read == null ? Phase.WAITING_FOR_DATA : Phase.READY);
                    data.set(read);
                })
                .onFailure(error -> {
                    phase.set(Phase.FAILED);
                    data.set(null);
                    notices.accept(Notice.error("sales.ws.notice.readFailed", ProblemText.of(error, messages.get())));
                })
                .onCancelled(() -> phase.set(data.get() == null ? Phase.FAILED : Phase.READY))
                .start();
    }

    private void readHeader() {
        Path chosen = file.get();
        if (chosen != null) {
            headers.read(chosen, "sales.ws.job.header", this::useHeader, error -> notices.accept(
                    Notice.error("sales.ws.notice.readFailed", ProblemText.of(error, messages.get()))));
        }
    }

    /** Offers the header's columns and guesses rep, amount, date and customer among them. */
    void useHeader(List<String> header) {
        choosing = true;
        try {
            columns.setAll(header);
            factorColumns.clear();
            repColumn.set(guess(header, h -> h.contains("rep") || h.contains("sales") || h.contains("销售"), null));
            amountColumn.set(guess(header, h -> h.contains("amount") || h.contains("revenue") || h.contains("value")
                    || h.contains("total") || h.contains("金额"), null));
            dateColumn.set(guess(header, h -> h.contains("date") || h.contains("日期") || h.contains("time"),
                    null));
            customerColumn.set(guess(header, h -> h.contains("customer") || h.contains("client")
                    || h.contains("客户"), null));
            kind.set(Kind.FILE);
        } finally {
            choosing = false;
        }
        read();
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The order file; setting it reads its header, guesses the columns and switches to the file. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The optional quota file (rep, period, quota). */
    public ObjectProperty<Path> quotaFileProperty() {
        return quotaFile;
    }

    /** The order file's header. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObjectProperty<String> repColumnProperty() {
        return repColumn;
    }

    public ObjectProperty<String> amountColumnProperty() {
        return amountColumn;
    }

    public ObjectProperty<String> dateColumnProperty() {
        return dateColumn;
    }

    /** The customer column, or null when the file has none. */
    public ObjectProperty<String> customerColumnProperty() {
        return customerColumn;
    }

    /** The file's columns read as factors a rep does not control. */
    public ObservableList<String> factorColumns() {
        return factorColumns;
    }

    /** The orders as read, or null. */
    public ReadOnlyObjectProperty<Data> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }
}
