package org.crmworkbench.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.crmworkbench.work.CancelFlag;

/**
 * What Ctrl-C does to a command: it raises the cancel flag, waits for the command to finish (it rolls back, or, when
 * its commit had already begun, completes), and then ends the process with the command's own exit status. Without
 * this the JVM would end with 130 whatever happened, so an import whose every row was stored would still look
 * cancelled. When the command does not finish within the grace period the JVM's own status stands, unless it has
 * begun to commit: then it is waited for as long as the commit takes (stopping it there would leave its work stored
 * but reported as cancelled), and the user is told so.
 */
final class InterruptExit {
    private final CancelFlag cancel;
    private final CountDownLatch done = new CountDownLatch(1);
    private final long graceMillis;
    private final IntConsumer halt;
    private final Runnable committingNotice;
    private volatile int status = ExitCode.CANCELLED;

    /**
     * @param halt ends the process with a status ({@code Runtime.getRuntime()::halt} in the real command line)
     */
    InterruptExit(CancelFlag cancel, long graceMillis, IntConsumer halt, Runnable committingNotice) {
        this.cancel = cancel;
        this.graceMillis = graceMillis;
        this.halt = halt;
        this.committingNotice = committingNotice;
    }

    /** The command finished with {@code exitStatus}. */
    void finished(int exitStatus) {
        status = exitStatus;
        done.countDown();
    }

    /**
     * The shutdown hook's work: when the command is still running (the process was interrupted), cancel, wait for
     * the command, end with its status. After the command has finished (a normal exit) there is nothing to do.
     */
    void onInterrupt() {
        if (done.getCount() == 0) {
            return;
        }
        cancel.cancel();
        try {
            if (cancel.isCommitting()) {
                committingNotice.run();
                done.await();
            } else if (!done.await(graceMillis, TimeUnit.MILLISECONDS)) {
                if (!cancel.isCommitting()) {
                    return;
                }
                committingNotice.run();
                done.await();
            }
            System.out.flush();
            System.err.flush();
            halt.accept(status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
