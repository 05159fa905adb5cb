package org.crmworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabasePasswordException;
import org.crmworkbench.data.EncryptionChange;
import org.crmworkbench.data.EncryptionSettings;
import org.crmworkbench.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench decrypt --db PATH}: stores an encrypted database without encryption again, in place (see
 * {@link EncryptionChange}), given its password in {@code --password-file} or {@code $CRM_WORKBENCH_DB_PASSWORD}.
 * Refused, with everything left as it was, when it is not encrypted, in use, or the password does not open it.
 */
@Command(name = "decrypt", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class DecryptCommand implements Callable<Integer> {
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
        if (!EncryptionSettings.isEncrypted(path)) {
            throw new UsageException(m.get("cli.encrypt.notEncrypted", file));
        }
        char[] password = parent.password();
        if (password == null) {
            throw new DatabasePasswordException(DatabasePasswordException.Reason.MISSING, file, null);
        }
        TerminalProgress progress = context.progress();
        try {
            EncryptionChange.Outcome outcome = new EncryptionChange().decrypt(path, password, progress);
            progress.finish();
            context.out().println(m.get("cli.decrypt.done", file, outcome.rows().size(), outcome.totalRows()));
            return ExitCode.OK;
        } finally {
            progress.finish();
            Arrays.fill(password, '\0');
        }
    }
}
