package org.crmworkbench.present.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The caller's stream, which a writer may close when it is done without closing the stream itself (only flushing). */
final class KeptOpenStream extends FilterOutputStream {
    KeptOpenStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
