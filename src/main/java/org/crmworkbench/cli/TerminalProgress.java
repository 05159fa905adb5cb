package org.crmworkbench.cli;

import java.io.PrintStream;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelFlag;
import org.crmworkbench.work.Progress;

/**
 * A progress bar on standard error: {@code [#########-----------]  45%  Loading ratings.csv into Ratings  3.2 s},
 * redrawn at most ten times a second. When standard error is not a terminal only stage changes are written, one
 * line each, so logs stay readable.
 */
final class TerminalProgress implements Progress {
    private static final int WIDTH = 28;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final Messages messages;
    private final boolean terminal;
    private final CancelFlag cancel;
    private final long start = System.nanoTime();
    private String stage = "";
    private long lastDraw;
    private int lastLength;

    TerminalProgress(PrintStream err, Messages messages, boolean terminal, CancelFlag cancel) {
        this.err = err;
        this.messages = messages;
        this.terminal = terminal;
        this.cancel = cancel;
    }

    @Override
    public synchronized void worked(long done, long total) {
        long now = System.nanoTime();
        if (!terminal || (now - lastDraw < REDRAW_NANOS && done < total)) {
            return;
        }
        lastDraw = now;
        StringBuilder line = new StringBuilder("\r");
        if (total > 0) {
            double f = Math.min(1, Math.max(0, (double) done / total));
            int filled = (int) Math.round(f * WIDTH);
            line.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ")
                    .append(String.format("%3d%%", Math.round(f * 100)));
        } else {
            line.append(String.format("%,d", done));
        }
        line.append("  ").append(stage).append(String.format("  %.1f s", (now - start) / 1e9));
        int length = line.length();
        if (length < lastLength) {
            line.append(" ".repeat(lastLength - length));
        }
        lastLength = length;
        err.print(line);
        err.flush();
    }

    @Override
    public synchronized void stage(String messageKey, Object... args) {
        stage = messages.get(messageKey, args);
        if (!terminal) {
            err.println(stage);
        }
    }

    @Override
    public boolean isCancelled() {
        return cancel.isRaised();
    }

    @Override
    public void committing() {
        cancel.committing();
    }

    /** Ends the bar's line so what follows starts on a fresh one. */
    synchronized void finish() {
        if (terminal && lastLength > 0) {
            err.println();
            lastLength = 0;
        }
    }
}
