package org.crmworkbench.ui.testing;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.DesktopLauncher;
import org.crmworkbench.ui.WorkbenchWindow;
import org.crmworkbench.ui.Workspace;
import org.crmworkbench.ui.datasets.DataWorkspace;
import org.crmworkbench.ui.datasets.ImportPhase;
import org.crmworkbench.ui.datasets.ImportWizardViewModel;
import org.crmworkbench.ui.datasets.WizardStep;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.ui.settings.Language;

/**
 * Opens the real window with the Data workspace over a file database filled with generated data (by default
 * 1,000,000 ratings), for looking at it (for example under Xvfb). Not a test.
 *
 * <p>Arguments, all optional: {@code ratings=<n>}, {@code language=zh}, {@code shots=<folder>}: walk through the
 * browser and every import wizard step, write a PNG of the window at each, then quit.
 */
public final class DataWorkspaceDemo {
    private static final int CUSTOMERS = 50_000;
    private static final int PRODUCTS = 5_000;

    private DataWorkspaceDemo() {
    }

    public static void main(String[] args) throws Exception {
        int ratings = Integer.parseInt(DemoSupport.option(args, "ratings=", "1000000"));
        String language = DemoSupport.option(args, "language=", "en");
        String shots = DemoSupport.option(args, "shots=", null);
        Path work = Files.createTempDirectory("wb-data-demo");
        DataSession session = new DataSession();
        AtomicReference<DataWorkspace> data = new AtomicReference<>();
        WorkbenchWindow window = DesktopLauncher.launch(new AppHome(work.resolve("home")), services -> {
            data.set(new DataWorkspace(session, services.jobs()));
            List<Workspace> all = new ArrayList<>();
            all.add(data.get());
            return all;
        }).get(30, TimeUnit.SECONDS);
        fx(() -> {
            window.switchLanguage(Language.fromCode(language).orElse(Language.ENGLISH));
            window.stage().setWidth(1360);
            window.stage().setHeight(860);
        });
        if (shots != null) {
            Files.createDirectories(Path.of(shots));
            shot(window, shots, "00-opening");
        }
        Database db = Database.openFile(work.resolve("db").resolve("workbench"));
        SampleData.generate(db, CUSTOMERS, PRODUCTS, ratings);
        fx(() -> session.opened(db));
        if (shots != null) {
            walkThrough(window, data.get(), work, shots);
            fx(Platform::exit);
        }
    }

    private static void walkThrough(WorkbenchWindow window, DataWorkspace data, Path work, String shots) throws Exception {
        var model = data.viewModel();
        var browser = model.browser();
        fx(() -> browser.tableProperty().set(CrmTable.RATINGS));
        waitFor("ratings shown", () -> browser.matchingRowsProperty().get() > 0 && !browser.busyProperty().get());
        Thread.sleep(1500);
        shot(window, shots, "01-browser-ratings");
        fx(() -> browser.sortBy("rating", false));
        waitFor("sorted", () -> !browser.busyProperty().get());
        fx(() -> browser.filterTextProperty().set("C00012"));
        Thread.sleep(600);
        waitFor("filtered", () -> !browser.busyProperty().get() && browser.appliedFilter().equals("C00012"));
        Thread.sleep(1200);
        shot(window, shots, "02-browser-filtered-sorted");
        fx(() -> browser.tableProperty().set(CrmTable.FEEDBACK));
        waitFor("feedback shown", () -> !browser.busyProperty().get());
        Thread.sleep(500);
        shot(window, shots, "03-browser-empty-table");

        Path file = writeCustomers(work.resolve("files").resolve("new_customers.csv"), 300_000);
        ImportWizardViewModel wizard = model.wizard();
        fx(model::openWizard);
        fx(() -> wizard.filePathProperty().set(file.toString()));
        Thread.sleep(400);
        shot(window, shots, "04-wizard-file");
        fx(wizard::next);
        waitFor("preview", () -> wizard.stepProperty().get() == WizardStep.PREVIEW);
        Thread.sleep(400);
        shot(window, shots, "05-wizard-preview");
        fx(wizard::next);
        Thread.sleep(400);
        shot(window, shots, "06-wizard-mapping");
        fx(wizard::next);
        waitFor("checked", () -> wizard.run().phaseProperty().get() == ImportPhase.CHECKED);
        Thread.sleep(400);
        shot(window, shots, "07-wizard-check-problems");
        fx(wizard::back);
        fx(() -> wizard.mapping().skipBadRowsProperty().set(true));
        Thread.sleep(300);
        shot(window, shots, "08-wizard-mapping-skip");
        fx(wizard::next);
        waitFor("checked again", () -> wizard.run().phaseProperty().get() == ImportPhase.CHECKED);
        Thread.sleep(400);
        shot(window, shots, "09-wizard-check-skipping");
        fx(wizard::next);
        waitFor("importing", () -> wizard.run().progressProperty().get() > 0.2);
        shot(window, shots, "10-wizard-import-running");
        waitFor("summary", () -> wizard.stepProperty().get() == WizardStep.SUMMARY);
        Thread.sleep(400);
        shot(window, shots, "11-wizard-summary");
        fx(wizard::next);
        waitFor("customers shown", () -> !model.browser().busyProperty().get());
        Thread.sleep(1500);
        shot(window, shots, "12-browser-after-import");
        fx(() -> window.jobs().expandedProperty().set(true));
        Thread.sleep(500);
        shot(window, shots, "13-jobs-panel");
        fx(() -> window.jobs().expandedProperty().set(false));

        Path ratings = writeRatings(work.resolve("files").resolve("more_ratings.csv"), 600_000);
        fx(model::openWizard);
        fx(() -> wizard.filePathProperty().set(ratings.toString()));
        fx(wizard::next);
        waitFor("preview", () -> wizard.stepProperty().get() == WizardStep.PREVIEW);
        fx(wizard::next);
        fx(wizard::next);
        waitFor("checked", () -> wizard.run().phaseProperty().get() == ImportPhase.CHECKED);
        fx(wizard::next);
        waitFor("importing", () -> wizard.run().progressProperty().get() > 0.1);
        fx(() -> wizard.run().cancel());
        shot(window, shots, "14-wizard-cancelling");
        waitFor("cancelled", () -> wizard.stepProperty().get() == WizardStep.SUMMARY);
        Thread.sleep(400);
        shot(window, shots, "15-wizard-cancelled");
    }

    /** Ratings by the customers {@link #writeCustomers} made, two products each. */
    private static Path writeRatings(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("user_id,item_id,stars,time\n");
            for (int i = 0; i < rows; i++) {
                int customer = 13 + i / 2;
                out.write(String.format("N%07d,P%05d,%d,2024-05-%02d 12:00%n", customer, 1 + i % 2, 1 + i % 5,
                        1 + i % 28));
            }
        }
        return file;
    }

    /** New customers C300001.. with two bad rows (a birth year in words, a date that does not exist). */
    private static Path writeCustomers(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Customer ID,Full name,sex,Year of birth,Region,City,Signup date,E-mail,notes\n");
            for (int i = 1; i <= rows; i++) {
                String year = i == 7 ? "nineteen" : Integer.toString(1950 + i % 50);
                String date = i == 12 ? "2024-02-30" : String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 28);
                out.write(String.format("N%07d,Person %d,%s,%s,Region %d,City %d,%s,n%d@example.com,%s%n", i, i,
                        i % 2 == 0 ? "F" : "M", year, i % 7, i % 40, date, i, i % 5 == 0 ? "vip" : ""));
            }
        }
        return file;
    }

    private static void fx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static void waitFor(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> now = new CompletableFuture<>();
            Platform.runLater(() -> now.complete(condition.getAsBoolean()));
            if (now.get(30, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out waiting until " + what);
    }

    private static void shot(WorkbenchWindow window, String folder, String name) throws Exception {
        fx(() -> DemoSupport.write(window.stage().getScene(), new File(folder, name + ".png")));
    }


}
