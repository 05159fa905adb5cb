package org.crmworkbench.data.assistant;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;

/**
 * Reads a knowledge base or a labelled test file (CSV or XLSX) with columns {@code question} and {@code intent},
 * {@code answer} and {@code language} optional (English and Chinese header names accepted). A row with an empty
 * question or intent is refused with its file, line and column; nothing is returned unless every row is good.
 */
public final class KnowledgeFileReader {

    public List<KnowledgeEntry> read(Path file, Progress progress) throws IOException {
        throw new UnsupportedOperationException("contract stub: lead");
    }
}
