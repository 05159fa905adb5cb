package org.crmworkbench.data.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How files are read and what happens to bad rows.
 *
 * @param skipBadRows  load the valid rows and write each rejected row with its reasons to {@code rejectsFile};
 *                     when false (the default) any problem loads nothing
 * @param rejectsFile  where rejected rows go in skip mode (required then)
 * @param ratingMin    smallest rating on the declared scale
 * @param ratingMax    largest rating on the declared scale
 * @param slashedDates how to read {@code 03/04/2024}
 * @param encoding     the text encoding of CSV files (a byte-order mark, when present, wins)
 * @param delimiter    the CSV field separator, or 0 to detect it
 * @param maxProblems  how many problems are kept for the report (all are counted)
 * @param mapping      field -> column overrides for a single file ({@link ColumnMapping#withOverride})
 */
public record ImportOptions(boolean skipBadRows, Path rejectsFile, double ratingMin, double ratingMax,
                            SlashedDateOrder slashedDates, Charset encoding, char delimiter, int maxProblems,
                            Map<String, String> mapping) {

    public ImportOptions {
        if (!(ratingMin < ratingMax)) {
            throw new IllegalArgumentException("rating scale: the minimum (" + ratingMin
                    + ") must be below the maximum (" + ratingMax + ")");
        }
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be at least 1, was " + maxProblems);
        }
        if (skipBadRows && rejectsFile == null) {
            throw new IllegalArgumentException("skipping bad rows needs a rejects file to write them to");
        }
        mapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapping)); // overrides apply in order
    }

    /** Every row must be valid; ratings 1 to 5; UTF-8; separator detected; month-first slashed dates. */
    public static ImportOptions defaults() {
        return new ImportOptions(false, null, 1, 5, SlashedDateOrder.MONTH_FIRST, StandardCharsets.UTF_8, (char) 0,
                200, Map.of());
    }

    public ImportOptions skippingBadRows(Path rejects) {
        return new ImportOptions(true, rejects, ratingMin, ratingMax, slashedDates, encoding, delimiter, maxProblems, mapping);
    }

    public ImportOptions withRatingScale(double min, double max) {
        return new ImportOptions(skipBadRows, rejectsFile, min, max, slashedDates, encoding, delimiter, maxProblems, mapping);
    }

    public ImportOptions withSlashedDates(SlashedDateOrder order) {
        return new ImportOptions(skipBadRows, rejectsFile, ratingMin, ratingMax, order, encoding, delimiter, maxProblems, mapping);
    }

    public ImportOptions withEncoding(Charset charset) {
        return new ImportOptions(skipBadRows, rejectsFile, ratingMin, ratingMax, slashedDates, charset, delimiter, maxProblems, mapping);
    }

    public ImportOptions withDelimiter(char separator) {
        return new ImportOptions(skipBadRows, rejectsFile, ratingMin, ratingMax, slashedDates, encoding, separator, maxProblems, mapping);
    }

    public ImportOptions withMapping(Map<String, String> fieldToColumn) {
        return new ImportOptions(skipBadRows, rejectsFile, ratingMin, ratingMax, slashedDates, encoding, delimiter, maxProblems, fieldToColumn);
    }

    public ImportOptions withMaxProblems(int max) {
        return new ImportOptions(skipBadRows, rejectsFile, ratingMin, ratingMax, slashedDates, encoding, delimiter, max, mapping);
    }
}
