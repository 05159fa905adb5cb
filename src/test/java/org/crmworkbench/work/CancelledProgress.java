package org.crmworkbench.work;

/** For tests: a progress whose run was cancelled before it started, so the first check stops it. */
public final class CancelledProgress implements Progress {

    @Override
    public void worked(long done, long total) {
    }

    @Override
    public void stage(String messageKey, Object... args) {
    }

    @Override
    public boolean isCancelled() {
        return true;
    }
}
