package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.data.DatabaseKey;
import org.crmworkbench.data.EncryptionSettings;
import org.crmworkbench.data.transfer.CopyRefusedException;
import org.crmworkbench.data.transfer.DataSetCopy;
import org.crmworkbench.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench copy --from DB --to DB [--replace]}: copies a data set and its saved runs from one database to
 * another (a file or a team database, either way; see {@link DataSetCopy}). The source is opened for reading only; the
 * target is written in one transaction and refused when it holds data, unless {@code --replace}. Exit 0 when copied,
 * 2 for an address that cannot be read, the same database twice or a target that holds data, 3 when the source is no
 * workbench database of this version.
 *
 * <p>A team database's password comes from {@code --password-file} or {@code $CRM_WORKBENCH_DB_PASSWORD}; when both
 * sides are servers with different passwords, {@code $CRM_WORKBENCH_FROM_PASSWORD} and
 * {@code $CRM_WORKBENCH_TO_PASSWORD} give each side its own. A new file is written under a hidden name and appears
 * under its own only when complete.
 */
@Command(name = "copy", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class CopyCommand implements Callable<Integer> {
    static final String FROM_PASSWORD = "CRM_WORKBENCH_FROM_PASSWORD";
    static final String TO_PASSWORD = "CRM_WORKBENCH_TO_PASSWORD";

    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--from", required = true, paramLabel = "PATH|URL", descriptionKey = "copy.from")
    String from;

    @Option(names = "--to", required = true, paramLabel = "PATH|URL", descriptionKey = "copy.to")
    String to;

    @Option(names = "--replace", descriptionKey = "copy.replace")
    boolean replace;

    @Override
    public Integer call() throws java.io.IOException {
        CliContext context = parent.context();
        Messages m = context.messages();
        DatabaseAddress source = address("--from", from, m);
        DatabaseAddress target = address("--to", to, m);
        if (DataSetCopy.sameDatabase(source, target)) {
            throw new UsageException(m.get("copy.refused.same", target.description()));
        }
        if (!source.exists()) {
            throw new UsageException(m.get("cli.info.noDatabase", source.description()));
        }
        Path staged = staging(target);
        TerminalProgress progress = context.progress();
        DataSetCopy.Result result;
        try (Database read = openSource(source);
             Database write = openTarget(staged == null ? target : new DatabaseAddress.File(staged))) {
            DataSetCopy copy = new DataSetCopy(read, write);
            result = (staged == null ? copy : copy.intoUnseenTarget()).run(replace, progress);
        } catch (RuntimeException e) {
            progress.finish();
            if (staged != null) {
                Files.deleteIfExists(EncryptionSettings.databaseFile(staged));
            }
            throw translated(e, m);
        } finally {
            progress.finish();
        }
        if (staged != null) {
            Path file = EncryptionSettings.databaseFile(((DatabaseAddress.File) target).path());
            try {
                Files.move(EncryptionSettings.databaseFile(staged), file, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.io.IOException e) {
                Files.deleteIfExists(EncryptionSettings.databaseFile(staged));
                throw e;
            }
        }
        print(context.out(), m, result, source, target);
        return ExitCode.OK;
    }

    private static DatabaseAddress address(String option, String text, Messages m) {
        try {
            return DatabaseAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(m.get("copy.badAddress", option, e.getMessage()));
        }
    }

    private Database openSource(DatabaseAddress source) {
        if (source instanceof DatabaseAddress.File f) {
            return Database.openFileReadOnly(f.path(), key(f.path()));
        }
        return parent.openServer((DatabaseAddress.Server) source, password(FROM_PASSWORD), true);
    }

    private Database openTarget(DatabaseAddress target) {
        if (target instanceof DatabaseAddress.File f) {
            return Database.openFile(f.path(), key(f.path()));
        }
        return parent.openServer((DatabaseAddress.Server) target, password(TO_PASSWORD), false);
    }

    /** The key of an encrypted file, from the password {@code --password-file} or the environment gives. */
    private DatabaseKey key(Path path) {
        return parent.databaseKey(path);
    }

    /** A server's password: the side's own variable when set, else the one every verb takes. */
    private char[] password(String sideVariable) {
        String own = parent.context().env().get(sideVariable);
        if (own != null && !own.isEmpty()) {
            return own.lines().findFirst().orElse("").toCharArray();
        }
        return parent.password();
    }

    /**
     * For a file that is not there yet, the hidden name the copy writes under ({@code .NAME.copying} beside it): the
     * file appears under its own name only when complete, and a failed copy leaves nothing. Null for a file that exists
     * or a server.
     */
    private static Path staging(DatabaseAddress target) throws java.io.IOException {
        if (!(target instanceof DatabaseAddress.File f) || target.exists()) {
            return null;
        }
        Path file = EncryptionSettings.databaseFile(f.path()).toAbsolutePath();
        String name = file.getFileName().toString();
        Path staged = file.resolveSibling("." + name.substring(0, name.length() - ".mv.db".length()) + ".copying");
        Files.deleteIfExists(EncryptionSettings.databaseFile(staged));
        return staged;
    }

    private static RuntimeException translated(RuntimeException e, Messages m) {
        if (!(e instanceof CopyRefusedException refused)) {
            return e;
        }
        switch (refused.reason()) {
            case SOURCE_NOT_WORKBENCH:
                return new DataProblemException(m.get("copy.refused.notWorkbench", refused.args()));
            case SCHEMA_VERSIONS_DIFFER:
                return new DataProblemException(m.get("copy.refused.versions", refused.args()));
            case TARGET_NOT_EMPTY:
                return new UsageException(m.get("copy.refused.notEmpty", refused.args()));
            default:
                return new UsageException(m.get("copy.refused.same", refused.args()));
        }
    }

    private static void print(PrintStream out, Messages m, DataSetCopy.Result result, DatabaseAddress source,
                              DatabaseAddress target) {
        int width = result.tables().stream().filter(t -> t.rows() > 0).mapToInt(t -> t.table().length()).max()
                .orElse(10);
        for (DataSetCopy.CopiedTable t : result.tables()) {
            if (t.rows() > 0) {
                out.println(m.get("copy.table", String.format("%-" + width + "s", t.table()), t.rows(),
                        t.nanos() / 1e9));
            }
        }
        out.println(m.get("copy.done", result.rows(), result.tables().size(), source.description(),
                target.description(), result.nanos() / 1e9, Math.round(result.rowsPerSecond())));
    }
}
