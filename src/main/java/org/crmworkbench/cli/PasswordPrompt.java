package org.crmworkbench.cli;

/**
 * Asks the analyst at the terminal for a password, without echoing it; only when the command line runs on one (a
 * script or a pipe gets the refusal that says where to give it instead).
 */
@FunctionalInterface
interface PasswordPrompt {
    /** The password typed after {@code question}, or null when none was (end of input). */
    char[] ask(String question);

    /** The prompt of this process's console, or null when it has none. */
    static PasswordPrompt ofConsole() {
        java.io.Console console = System.console();
        return console == null ? null : question -> console.readPassword("%s", question);
    }
}
