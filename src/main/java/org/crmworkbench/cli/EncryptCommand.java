package org.crmworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.EncryptionChange;
import org.crmworkbench.data.EncryptionSettings;
import org.crmworkbench.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench encrypt --db PATH}: encrypts the database in place with the password of {@code --password-file} or
 * {@code $CRM_WORKBENCH_DB_PASSWORD} (see {@link EncryptionChange}: the original stays until the encrypted copy is
 * checked). Refused, with everything left as it was, when it is encrypted already, in use, or no password is given.
 */
@Command(name = "encrypt", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class EncryptCommand implements Callable<Integer> {
    /** The shortest password a database is encrypted with. */
    static final int MIN_LENGTH = 8;

    @ParentCommand
    WorkbenchCommand parent;

    @Override
    public Integer call() throws IOException {
        CliContext context = parent.context();
        Messages m = context.messages();
        Path path = parent.databasePath();
        Path file = EncryptionSettings.databaseFile(path);
        if (!Database.exists(path)) {
            throw new UsageException(m.get("cli.info.noDatabase", file));
        }
        if (EncryptionSettings.isEncrypted(path)) {
            throw new UsageException(m.get("cli.encrypt.already", file));
        }
        char[] password = parent.password();
        if (password == null) {
            throw new UsageException(m.get("cli.password.newMissing", file));
        }
        TerminalProgress progress = context.progress();
        try {
            if (password.length < MIN_LENGTH) {
                throw new UsageException(m.get("cli.password.short", MIN_LENGTH));
            }
            EncryptionChange.Outcome outcome = new EncryptionChange().encrypt(path, password,
                    EncryptionSettings.fresh(), progress);
            progress.finish();
            context.out().println(m.get("cli.encrypt.done", file, outcome.rows().size(), outcome.totalRows(),
                    EncryptionSettings.sideFile(path)));
            return ExitCode.OK;
        } finally {
            progress.finish();
            Arrays.fill(password, '\0');
        }
    }
}
