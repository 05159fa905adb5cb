package org.crmworkbench;

/**
 * The one entry point: with no arguments (or only {@code --db DATABASE}) it opens the window; with arguments it runs
 * the command line
 * ({@code workbench --help} lists the commands) and exits with its status.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 2 && "--db".equals(args[0]))) {
            org.crmworkbench.ui.WorkbenchApp.launch(args);
        } else {
            // keep the command line's output clean: only warnings from the libraries, on standard error
            System.setProperty("crmworkbench.log.level", System.getProperty("crmworkbench.log.level", "WARN"));
            System.exit(org.crmworkbench.cli.Cli.runInProcess(args));
        }
    }
}
