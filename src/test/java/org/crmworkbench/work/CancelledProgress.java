package org.crmworkbench.work;

import java.util.ArrayList;
import java.util.List;

/**
 * For tests: a progress that cancels itself. By default the run was cancelled before it started, so the first check
 * stops it; {@link #afterChecks} lets it be asked a number of times first, {@link #afterReports} waits for a
 * number of progress reports and {@link #recording()} never cancels. It records the stages and reports it is told and counts how often it was asked. Safe
 * to call from several worker threads.
 */
public final class CancelledProgress implements Progress {
    private final int checksBefore;
    private final int reportsBefore;
    private final List<String> stages = new ArrayList<>();
    private final List<String> stageLines = new ArrayList<>();
    private final List<long[]> worked = new ArrayList<>();
    private int checks;

    /** Cancelled from the start: every check says stop. */
    public CancelledProgress() {
        this(0, 0);
    }

    private CancelledProgress(int checksBefore, int reportsBefore) {
        this.checksBefore = checksBefore;
        this.reportsBefore = reportsBefore;
    }

    /** Answers "go on" to the first {@code checks} checks and "stop" to every later one. */
    public static CancelledProgress afterChecks(int checks) {
        return new CancelledProgress(checks, 0);
    }

    /** Never cancels: only records what it is told, for tests of stages and reports. */
    public static CancelledProgress recording() {
        return new CancelledProgress(Integer.MAX_VALUE, 0);
    }

    /** Answers "stop" once {@code reports} progress reports ({@link #worked}) have come in. */
    public static CancelledProgress afterReports(int reports) {
        return new CancelledProgress(Integer.MAX_VALUE, reports);
    }

    @Override
    public synchronized void worked(long done, long total) {
        worked.add(new long[] {done, total});
    }

    @Override
    public synchronized void stage(String messageKey, Object... args) {
        stages.add(messageKey);
        StringBuilder line = new StringBuilder(messageKey);
        for (Object arg : args) {
            line.append(' ').append(arg);
        }
        stageLines.add(line.toString());
    }

    @Override
    public synchronized boolean isCancelled() {
        return ++checks > checksBefore || (reportsBefore > 0 && worked.size() >= reportsBefore);
    }

    /** How often it was asked whether to stop. */
    public synchronized int checks() {
        return checks;
    }

    /** The progress reports, {done, total} each, in the order they came. */
    public synchronized List<long[]> worked() {
        return List.copyOf(worked);
    }

    /** The message keys of the stages, in the order they came. */
    public synchronized List<String> stages() {
        return List.copyOf(stages);
    }

    /** The stages with their arguments, {@code "key arg arg"} each, in the order they came. */
    public synchronized List<String> stageLines() {
        return List.copyOf(stageLines);
    }
}
