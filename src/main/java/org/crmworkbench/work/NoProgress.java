package org.crmworkbench.work;

/** The progress sink that ignores everything; used when nobody is watching. */
enum NoProgress implements Progress {
    INSTANCE;

    @Override
    public void worked(long done, long total) {
    }

    @Override
    public void stage(String messageKey, Object... args) {
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
