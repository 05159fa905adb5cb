package org.crmworkbench.ui.assistant;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportFailedException;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AskedQuestion;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.ProblemText;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The changes the analyst makes to the stored knowledge base and the logged questions, each a background job that
 * reads the changed table back: the row form stored (added or edited; a row made from a logged question forgets
 * it), a row removed, a file imported (all or nothing: a refused file names its problems and leaves the stored
 * knowledge base as it was), a logged question forgotten. FX thread only.
 */
public final class KnowledgeChanges {
    /** At most this many of a refused file's problems are named in the notice. */
    static final int PROBLEMS_SHOWN = 3;

    /** What a change brings back: the stored rows (null when they did not change) and the logged questions. */
    private record After(List<KnowledgeEntry> entries, List<AskedQuestion> asked) {
    }

    private final DataSession session;
    private final JobRunner jobs;
    private final AssistantSteps steps;
    private final Supplier<Messages> messages;
    private final EntryForm form;
    private final Consumer<Notice> notices;
    private final Consumer<List<KnowledgeEntry>> stored;
    private final Consumer<List<AskedQuestion>> logged;

    KnowledgeChanges(DataSession session, JobRunner jobs, AssistantSteps steps, Supplier<Messages> messages,
                     EntryForm form, Consumer<Notice> notices, Consumer<List<KnowledgeEntry>> stored,
                     Consumer<List<AskedQuestion>> logged) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.form = Objects.requireNonNull(form, "form");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.logged = Objects.requireNonNull(logged, "logged");
    }

    /** Opens the form for a new row. */
    public void startNew() {
        form.startNew();
    }

    /** Opens the form on {@code entry}. */
    public void startEdit(KnowledgeEntry entry) {
        if (entry != null) {
            form.startEdit(entry);
        }
    }

    /** Opens the form for a new row made from a logged question, its closest intent suggested. */
    public void startFrom(AskedQuestion asked) {
        if (asked != null) {
            form.startFrom(asked);
        }
    }

    public void cancelForm() {
        form.close();
    }

    /** Stores the row of the form, or says what it lacks (the form stays open). */
    public void storeForm() {
        Database db = session.database();
        String missing = form.missing();
        if (missing != null) {
            notices.accept(Notice.error(missing));
            return;
        }
        if (db == null) {
            return;
        }
        KnowledgeEntry entry = form.entry();
        boolean edit = form.editing();
        long fromAsked = form.fromAsked();
        form.close();
        change(edit ? "assistant.ws.job.edit" : "assistant.ws.job.add", db, () -> {
            if (edit) {
                steps.update(db, entry);
            } else {
                steps.add(db, entry);
            }
            if (fromAsked != 0) {
                steps.forget(db, fromAsked);
            }
        }, Notice.info(edit ? "assistant.ws.notice.edited" : "assistant.ws.notice.added", entry.intent()));
    }

    /** Removes a stored row. */
    public void remove(KnowledgeEntry entry) {
        Database db = session.database();
        if (entry == null || db == null) {
            return;
        }
        change("assistant.ws.job.remove", db, () -> steps.remove(db, entry.id()),
                Notice.info("assistant.ws.notice.removed", entry.question()));
    }

    private void change(String jobKey, Database db, Runnable work, Notice done) {
        jobs.job(jobKey, progress -> {
                    work.run();
                    return new After(steps.readStored(db), steps.askedQuestions(db));
                })
                .onSuccess(after -> {
                    notices.accept(done);
                    logged.accept(after.asked());
                    stored.accept(after.entries());
                })
                .onFailure(error -> notices.accept(Notice.error("assistant.ws.notice.changeFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    /** Forgets a logged question. */
    public void forget(AskedQuestion asked) {
        Database db = session.database();
        if (asked == null || db == null) {
            return;
        }
        jobs.job("assistant.ws.job.forget", progress -> {
                    steps.forget(db, asked.id());
                    return steps.askedQuestions(db);
                })
                .onSuccess(logged)
                .onFailure(error -> notices.accept(Notice.error("assistant.ws.notice.changeFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    /**
     * Imports a knowledge-base file in place of the stored one. The stored data changed, so every workspace reads
     * again (this one trains again); a refused file names its first problems with file, line and column.
     */
    public void importFile(Path file) {
        Database db = session.database();
        if (file == null || db == null) {
            return;
        }
        String name = file.getFileName().toString();
        jobs.job("assistant.ws.job.import", progress -> steps.importFile(db, file, messages.get(), progress))
                .nameArgs(name)
                .onSuccess(report -> {
                    notices.accept(Notice.info("assistant.ws.notice.imported", report.rowsLoaded(), name));
                    session.dataChanged();
                })
                .onFailure(error -> notices.accept(refused(name, error)))
                .start();
    }

    private Notice refused(String name, Throwable error) {
        if (error instanceof ImportFailedException failed) {
            List<ImportProblem> problems = failed.report().problems();
            String first = problems.stream().limit(PROBLEMS_SHOWN).map(p -> p.describe(messages.get()))
                    .collect(Collectors.joining("\n"));
            return Notice.error("assistant.ws.notice.importRefused", name, failed.report().problemCount(), first);
        }
        return Notice.error("assistant.ws.notice.importFailed", name, ProblemText.of(error, messages.get()));
    }
}
