package org.crmworkbench.cli;

/** The command line's exit statuses. */
public final class ExitCode {
    public static final int OK = 0;
    /** Something failed that is not the user's input: the database is in use, a disk error. */
    public static final int FAILURE = 1;
    /** The command was given wrongly: an unknown option, a missing or bad parameter, a missing file. */
    public static final int USAGE = 2;
    /** The input data is wrong: the message names the file, line and column. Nothing was stored. */
    public static final int DATA = 3;
    /** Interrupted (Ctrl-C); work in progress was rolled back. */
    public static final int CANCELLED = 130;

    private ExitCode() {
    }
}
