package org.crmworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.data.DatabasePasswordException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.UnsuitableDataException;
import org.crmworkbench.work.CancelledException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Runs one command line and turns every outcome into an exit status and a message that names what was wrong:
 * 0 done, 1 failure outside the user's input, 2 usage (bad or missing parameter or file), 3 bad data
 * (nothing stored), 130 cancelled.
 */
public final class Cli {
    private final CliContext context;

    Cli(CliContext context) {
        this.context = context;
    }

    /** The command line of this process: real streams, environment and locale; Ctrl-C cancels and rolls back. */
    public static int runInProcess(String[] args) {
        Locale locale = Locale.getDefault();
        Messages messages = new Messages(locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        var cancel = new org.crmworkbench.work.CancelFlag();
        InterruptExit exit = new InterruptExit(cancel, 30_000, Runtime.getRuntime()::halt,
                () -> System.err.println(messages.get("cli.cancel.committing")));
        Runtime.getRuntime().addShutdownHook(new Thread(exit::onInterrupt, "cancel-on-interrupt"));
        CliContext context = new CliContext(System.out, System.err, messages, cancel, System.console() != null,
                System.getenv(), org.crmworkbench.home.AppHome.fromSystemProperties(), new FitEngines(),
                PasswordPrompt.ofConsole());
        int status = ExitCode.FAILURE;
        try {
            status = new Cli(context).run(args);
            return status;
        } finally {
            exit.finished(status);
        }
    }

    int run(String[] args) {
        WorkbenchCommand root = new WorkbenchCommand(context);
        CommandLine cmd = new CommandLine(root);
        Verbs.register(cmd, args); // before the settings below, which reach only the verbs already there
        cmd.setResourceBundle(ResourceBundle.getBundle("i18n.cli", context.messages().locale()));
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler(new Failures(root.outputs()));
        int status = cmd.execute(args);
        if (status != ExitCode.OK) {
            root.outputs().discard();
            return status;
        }
        try {
            root.outputs().publish();
            return status;
        } catch (IOException e) {
            return new Failures(root.outputs()).handleExecutionException(e, cmd, null);
        } finally {
            root.outputs().discard();
        }
    }

    /** Maps exceptions thrown by commands to a message and an exit status. */
    private final class Failures implements IExecutionExceptionHandler {
        /** The command's --out folders, to name a file that failed by where it was going. */
        private final OutputFolders outputs;

        Failures(OutputFolders outputs) {
            this.outputs = outputs;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
            Messages m = context.messages();
            if (e instanceof BadParameterException bad) {
                context.err().println(m.get("cli.badParameter", "--" + bad.parameter(),
                        m.get(bad.messageKey(), bad.args())));
                context.err().println(m.get("cli.seeHelp", cmd.getCommandSpec().qualifiedName()));
                return ExitCode.USAGE;
            }
            if (e instanceof DatabasePasswordException p) {
                return passwordProblem(m, p);
            }
            if (e instanceof UnsuitableDataException unsuitable) {
                context.err().println(m.get("cli.error", m.get(unsuitable.messageKey(), unsuitable.args())));
                return ExitCode.DATA;
            }
            if (e instanceof DataProblemException) {
                context.err().println(m.get("cli.error", e.getMessage()));
                return ExitCode.DATA;
            }
            if (e instanceof UsageException || e instanceof IllegalArgumentException) {
                context.err().println(m.get("cli.error", e.getMessage()));
                context.err().println(m.get("cli.seeHelp", cmd.getCommandSpec().qualifiedName()));
                return ExitCode.USAGE;
            }
            if (e instanceof NoSuchFileException f) {
                context.err().println(m.get("cli.noSuchFile", f.getFile()));
                return ExitCode.USAGE;
            }
            if (e instanceof CancelledException) {
                context.err().println(m.get("cli.cancelled"));
                return ExitCode.CANCELLED;
            }
            if (e instanceof FileSystemException f && f.getFile() != null) {
                context.err().println(m.get("cli.cannotWrite", outputs.shownPath(f.getFile()), reason(m, f)));
                return ExitCode.FAILURE;
            }
            if (e instanceof IOException && isDiskFull(e)) {
                context.err().println(m.get("cli.error", m.get("cli.reason.diskFull")));
                return ExitCode.FAILURE;
            }
            if (e instanceof DatabaseException d && TeamDatabaseRefusals.said(d, m).isPresent()) {
                context.err().println(m.get("cli.error", TeamDatabaseRefusals.said(d, m).get()));
                return ExitCode.FAILURE;
            }
            if (e instanceof DatabaseException || e instanceof IOException) {
                context.err().println(m.get("cli.error", e.getMessage()));
                return ExitCode.FAILURE;
            }
            context.err().println(m.get("cli.error", String.valueOf(e)));
            e.printStackTrace(context.err());
            return ExitCode.FAILURE;
        }

        /** An encrypted database without its password: exit 2 when none was given, 3 when it does not open it. */
        private int passwordProblem(Messages m, DatabasePasswordException p) {
            switch (p.reason()) {
                case MISSING -> {
                    context.err().println(m.get("cli.error", m.get("cli.password.missing", p.database())));
                    return ExitCode.USAGE;
                }
                case WRONG -> context.err().println(m.get("cli.error", m.get("cli.password.wrong", p.database())));
                default -> context.err().println(m.get("cli.error",
                        m.get("cli.password.noKeyFile", p.database(), p.keyFile())));
            }
            return ExitCode.DATA;
        }

        /** Why a file could not be written or read, in words: permission, a full disk, a read-only disk ... */
        private String reason(Messages m, FileSystemException f) {
            if (f instanceof AccessDeniedException) {
                return m.get("cli.reason.denied");
            }
            if (isDiskFull(f)) {
                return m.get("cli.reason.diskFull");
            }
            String why = f.getReason() == null ? "" : f.getReason().toLowerCase(Locale.ROOT);
            if (why.contains("read-only")) {
                return m.get("cli.reason.readOnly");
            }
            return f.getReason() == null ? f.getClass().getSimpleName() : f.getReason();
        }

        private boolean isDiskFull(Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String text = t instanceof FileSystemException f ? f.getReason() : t.getMessage();
                if (text != null && (text.contains("No space left") || text.contains("not enough space")
                        || text.contains("Disk quota exceeded"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
