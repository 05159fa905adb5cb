package org.crmworkbench.data.basket;

import java.io.IOException;
import java.nio.file.Path;
import org.crmworkbench.model.BasketFileFormat;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.work.Progress;

/** Baskets from a file in basket or long format; problems name the file, line and column. */
public final class BasketFileReader {
    public BasketRows read(Path file, BasketFileFormat format, Progress progress) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
