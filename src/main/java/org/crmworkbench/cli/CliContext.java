package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelFlag;

/**
 * What every command needs from its surroundings, passed in so tests can run commands in-process.
 *
 * @param out      where results go
 * @param err      where messages, warnings and the progress bar go
 * @param messages texts in the user's language
 * @param cancel   raised by Ctrl-C
 * @param terminal whether {@code err} is a terminal (draw a progress bar) or a file/pipe (plain lines)
 * @param env      the environment ({@code CRM_WORKBENCH_DB} names the default database)
 * @param home     the workbench's folder (default database location)
 * @param engines  the engines the big fits can run on (the local one, and Spark when its jar is on the class path)
 * @param prompt   asks for a password the options and the environment did not give; null when nobody can be asked
 */
record CliContext(PrintStream out, PrintStream err, Messages messages, CancelFlag cancel, boolean terminal,
                  Map<String, String> env, AppHome home, FitEngines engines, PasswordPrompt prompt) {

    /** A context with the engines of the application's class path, asking nobody for passwords. */
    CliContext(PrintStream out, PrintStream err, Messages messages, CancelFlag cancel, boolean terminal,
               Map<String, String> env, AppHome home) {
        this(out, err, messages, cancel, terminal, env, home, new FitEngines(), null);
    }

    /** A context with the given engines, asking nobody for passwords. */
    CliContext(PrintStream out, PrintStream err, Messages messages, CancelFlag cancel, boolean terminal,
               Map<String, String> env, AppHome home, FitEngines engines) {
        this(out, err, messages, cancel, terminal, env, home, engines, null);
    }

    static final String DB_ENV = "CRM_WORKBENCH_DB";

    /**
     * {@code --db} when given, else {@code $CRM_WORKBENCH_DB}, else {@code workbench.mv.db} in the app home: a file's
     * path or a team database's URL.
     *
     * @throws IllegalArgumentException when the one given is not a path or a URL the workbench opens
     */
    org.crmworkbench.data.DatabaseAddress databaseAddress(String explicit) {
        if (explicit != null) {
            return org.crmworkbench.data.DatabaseAddress.parse(explicit);
        }
        String fromEnv = env.get(DB_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return org.crmworkbench.data.DatabaseAddress.parse(fromEnv);
        }
        return new org.crmworkbench.data.DatabaseAddress.File(home.defaultDatabase());
    }

    TerminalProgress progress() {
        return new TerminalProgress(err, messages, terminal, cancel);
    }
}
