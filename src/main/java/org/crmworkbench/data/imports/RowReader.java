package org.crmworkbench.data.imports;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import org.crmworkbench.work.Progress;

/**
 * The reading half of a load, run on its own thread: reads records, checks them, writes rejects, and hands
 * chunks of good rows to the inserting thread through a bounded queue (so memory stays flat). In strict mode,
 * once a problem is found it stops handing rows over but goes on checking, so every problem is reported.
 * Everything it counts is read by the inserting thread only after this thread has ended.
 */
final class RowReader implements Runnable {
    static final int CHUNK = 2_000;
    private static final int CHECK_EVERY = 4_096;
    /** Marks the end of the rows. */
    static final List<RowChecker.CheckedRow> END = List.of();

    private final RecordSource source;
    private final RowChecker checker;
    private final List<String> headers;
    private final ImportOptions options;
    private final RejectsWriter rejects;
    private final Progress progress;
    private final DoubleConsumer fractionOfFile;
    private final BlockingQueue<List<RowChecker.CheckedRow>> out;
    private volatile boolean stopped;

    final List<ImportProblem> kept = new ArrayList<>();
    long read;
    long rejected;
    long problemCount;
    boolean fatal;
    Throwable failure;

    RowReader(RecordSource source, RowChecker checker, List<String> headers, ImportOptions options, RejectsWriter rejects,
              Progress progress, DoubleConsumer fractionOfFile, BlockingQueue<List<RowChecker.CheckedRow>> out) {
        this.source = source;
        this.checker = checker;
        this.headers = headers;
        this.options = options;
        this.rejects = rejects;
        this.progress = progress;
        this.fractionOfFile = fractionOfFile;
        this.out = out;
    }

    /** Asks the reader to stop early (the inserting side failed or was cancelled). */
    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        try {
            readAll();
        } catch (Throwable t) {
            failure = t;
        } finally {
            hand(END);
        }
    }

    private void readAll() throws IOException, SQLException, InterruptedException {
        boolean strict = !options.skipBadRows();
        List<RowChecker.CheckedRow> chunk = new ArrayList<>(CHUNK);
        List<ImportProblem> rowProblems = new ArrayList<>();
        while (!stopped) {
            SourceRecord record;
            try {
                record = source.next();
            } catch (UnreadableFileException e) {
                kept.add(e.problem());
                problemCount++;
                fatal = true;
                break;
            }
            if (record == null) {
                break;
            }
            read++;
            rowProblems.clear();
            RowChecker.CheckedRow row = checker.check(record, rowProblems);
            if (row == null) {
                problemCount += rowProblems.size();
                for (ImportProblem p : rowProblems) {
                    if (kept.size() < options.maxProblems()) {
                        kept.add(p);
                    }
                }
                if (strict) {
                    chunk.clear();
                } else {
                    rejects.write(headers, record, rowProblems);
                    rejected++;
                }
            } else if (!strict || problemCount == 0) {
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    hand(chunk);
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            if ((read % CHECK_EVERY) == 0) {
                progress.checkCancelled();
                fractionOfFile.accept(source.fractionRead());
            }
        }
        if (!chunk.isEmpty() && (!strict || problemCount == 0)) {
            hand(chunk);
        }
    }

    /** Puts a chunk on the queue, waiting for room, unless the reader was told to stop. */
    private void hand(List<RowChecker.CheckedRow> chunk) {
        try {
            while (!out.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                if (stopped && chunk != END) {
                    return;
                }
                if (stopped) {
                    out.clear();
                }
            }
        } catch (InterruptedException e) {
            stopped = true;
            Thread.currentThread().interrupt();
        }
    }
}
