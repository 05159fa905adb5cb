package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.work.Progress;

/** A progress for tests: records what it is told and reports cancellation after a given number of checks. */
final class TestProgress implements Progress {
    private final int checksBeforeCancel;
    private int checks;
    final List<long[]> worked = new ArrayList<>();
    final List<String> stages = new ArrayList<>();

    TestProgress(int checksBeforeCancel) {
        this.checksBeforeCancel = checksBeforeCancel;
    }

    static TestProgress cancelled() {
        return new TestProgress(0);
    }

    @Override
    public synchronized void worked(long done, long total) {
        worked.add(new long[] {done, total});
    }

    @Override
    public synchronized void stage(String messageKey, Object... args) {
        stages.add(messageKey);
    }

    @Override
    public synchronized boolean isCancelled() {
        return checks++ >= checksBeforeCancel;
    }
}
