package org.crmworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.crmworkbench.i18n.Messages;

/**
 * The password of an encrypted database, as the command line takes it: from the file {@code --password-file} names
 * (its first line), else from {@code $CRM_WORKBENCH_DB_PASSWORD}; never from an argument, which other users of the
 * machine could read in the process list.
 */
final class DatabasePassword {
    static final String ENV = "CRM_WORKBENCH_DB_PASSWORD";

    private DatabasePassword() {
    }

    /** The password given, or null when none is. */
    static char[] given(Path file, Map<String, String> env, Messages m) {
        if (file != null) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UsageException(m.get("cli.password.noFile", file));
            } catch (java.nio.file.AccessDeniedException e) {
                throw new UsageException(m.get("cli.password.fileUnreadable", file, m.get("cli.reason.denied")));
            } catch (IOException | RuntimeException e) {
                throw new UsageException(m.get("cli.password.fileUnreadable", file, m.get("cli.password.notText")));
            }
            String line = text.lines().findFirst().orElse("");
            if (line.isEmpty()) {
                throw new UsageException(m.get("cli.password.fileEmpty", file));
            }
            return line.toCharArray();
        }
        String value = env.get(ENV);
        if (value == null) {
            return null;
        }
        String line = value.lines().findFirst().orElse("");
        return line.isEmpty() ? null : line.toCharArray();
    }
}
