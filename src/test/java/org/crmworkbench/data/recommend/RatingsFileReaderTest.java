package org.crmworkbench.data.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.model.RecommendationData;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingsFileReaderTest {
    @TempDir
    Path dir;

    private RecommendationData read(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return new RatingsFileReader().read(f, Progress.none());
    }

    private ImportProblem problem(String name, String text) {
        return assertThrows(UnreadableFileException.class, () -> read(name, text)).problem();
    }

    @Test
    void readsAHeaderedCommaFileByColumnNames() throws Exception {
        RecommendationData d = read("r.csv", "rating,item,user,rated_at\n4,P1,U1,2024-01-02T10:00:00\n"
                + "5,P2,U1,\n2.5,P1,U2,1700000000\n");
        assertEquals(2, d.customers().size());
        assertEquals("U1", d.customers().get(0).externalId());
        assertEquals(2, d.products().size());
        RatingRows r = d.ratings();
        assertArrayEquals(new long[] {1, 1, 2}, r.customerIds());
        assertArrayEquals(new long[] {1, 2, 1}, r.productIds());
        assertArrayEquals(new float[] {4, 5, 2.5f}, r.ratings());
        assertEquals(1_704_189_600L, r.ratedAtEpochSeconds()[0]);
        assertEquals(RatingRows.UNKNOWN_TIME, r.ratedAtEpochSeconds()[1]);
        assertEquals(1_700_000_000L, r.ratedAtEpochSeconds()[2]);
    }

    @Test
    void readsATabFileWithoutHeaderByPosition() throws Exception {
        RecommendationData d = read("u.data", "196\t242\t3\t881250949\n186\t302\t3\t891717742\n196\t377\t1\t878887116\n");
        assertEquals(3, d.ratings().size());
        assertEquals(2, d.customers().size());
        assertEquals("196", d.customers().get(0).externalId());
        assertEquals(881_250_949L, d.ratings().ratedAtEpochSeconds()[0]);
    }

    @Test
    void namesTheCellOfEveryKindOfBadInput() {
        ImportProblem off = problem("a.csv", "user,item,rating\nU1,P1,4\nU2,P1,7\n");
        assertEquals(3, off.line());
        assertEquals(3, off.column());
        assertEquals("7", off.value());
        assertEquals("import.problem.rating", off.messageKey());
        assertEquals("a.csv, line 3, column 3 (rating): found '7'; expected a rating on the declared scale, from 1 to 5",
                off.toString());

        ImportProblem text = problem("b.csv", "user,item,rating\nU1,P1,good\n");
        assertEquals("import.problem.rating", text.messageKey());
        assertEquals(2, text.line());

        ImportProblem twice = problem("c.csv", "user,item,rating\nU1,P1,4\nU2,P1,3\nU1,P1,5\n");
        assertEquals(4, twice.line());
        assertEquals("import.problem.duplicatePair", twice.messageKey());

        ImportProblem empty = problem("d.csv", "user,item,rating\n");
        assertEquals("recommend.file.noRatings", empty.messageKey());

        ImportProblem missing = problem("e.csv", "user,product,when\nU1,P1,2024-01-01\n");
        assertEquals("import.problem.missingColumn", missing.messageKey());

        ImportProblem blank = problem("f.csv", "user,item,rating\n,P1,4\n");
        assertEquals("import.problem.required", blank.messageKey());
        assertEquals(1, blank.column());

        ImportProblem when = problem("g.csv", "user,item,rating,timestamp\nU1,P1,4,yesterday\n");
        assertEquals("recommend.file.notTime", when.messageKey());
        assertEquals(4, when.column());
    }
}
