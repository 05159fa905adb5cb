package org.crmworkbench.data;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class RatingsReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryRatingWithItsIdsAndTime() throws Exception {
        Files.writeString(dir.resolve("customers.csv"), "customer_id\nA\nB\n");
        Files.writeString(dir.resolve("products.csv"), "product_id,name\nX,x\nY,y\n");
        Files.writeString(dir.resolve("ratings.csv"), "customer_id,product_id,rating,rated_at\nA,X,4.5,2024-02-03T04:05:06\n"
                + "B,X,1,\nB,Y,3,2025-01-01\n");
        try (Database db = TestDatabases.fresh()) {
            new Importer(db, Messages.english()).importDirectory(dir, ImportOptions.defaults(), Progress.none());
            RatingRows rows = new RatingsReader(db).readAll(Progress.none());
            assertEquals(3, rows.size());
            Map<String, Long> ids = new HashMap<>();
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT external_id, id FROM customers UNION ALL SELECT external_id, id FROM products")) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                seen.put(rows.customerIds()[i] + "/" + rows.productIds()[i], rows.ratings()[i] + "@" + rows.ratedAtEpochSeconds()[i]);
            }
            assertEquals(4.5f + "@" + LocalDateTime.of(2024, 2, 3, 4, 5, 6).toEpochSecond(ZoneOffset.UTC),
                    seen.get(ids.get("A") + "/" + ids.get("X")));
            assertEquals(1.0f + "@" + RatingRows.UNKNOWN_TIME, seen.get(ids.get("B") + "/" + ids.get("X")));
            assertEquals(3.0f + "@" + LocalDateTime.of(2025, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
                    seen.get(ids.get("B") + "/" + ids.get("Y")));
            if (TestDatabases.onPostgresql()) {
                return; // the setting below is H2's; PostgreSQL streams on the reading connection alone
            }
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'LAZY_QUERY_EXECUTION'")) {
                if (rs.next()) {
                    assertEquals("FALSE", rs.getString(1).toUpperCase(java.util.Locale.ROOT), "pooled connections go back as they came");
                }
            }
        }
    }
}
