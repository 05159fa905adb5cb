package org.crmworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseAddressTest {
    @Test
    void aPostgresqlUrlIsATeamDatabaseNotAFileNamedLikeIt() {
        DatabaseAddress.Server s = assertInstanceOf(DatabaseAddress.Server.class,
                DatabaseAddress.parse("jdbc:postgresql://127.0.0.1:5432/crm?user=crm"));
        assertEquals("127.0.0.1", s.host());
        assertEquals(5432, s.port());
        assertEquals("crm", s.name());
        assertEquals(Optional.of("crm"), s.user());
        assertEquals("postgresql://crm@127.0.0.1:5432/crm", s.description());
        assertTrue(s.exists());
    }

    @Test
    void theDefaultPortAndNoUserAreAllowed() {
        DatabaseAddress.Server s = (DatabaseAddress.Server) DatabaseAddress.parse("jdbc:postgresql://db.example/team");
        assertEquals(5432, s.port());
        assertEquals(Optional.empty(), s.user());
        assertEquals("postgresql://db.example:5432/team", s.description());
    }

    @Test
    void aPasswordInTheUrlIsRefusedAndNotRepeated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseAddress.parse("jdbc:postgresql://h/crm?user=a&password=s3cret"));
        assertTrue(e.getMessage().contains("carries a password"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        IllegalArgumentException inUserInfo = assertThrows(IllegalArgumentException.class,
                () -> DatabaseAddress.parse("jdbc:postgresql://a:s3cret@h/crm"));
        assertFalse(inUserInfo.getMessage().contains("s3cret"), inUserInfo.getMessage());
    }

    @Test
    void otherUrlsAndBrokenOnesSayWhatIsExpected() {
        for (String bad : new String[] {"jdbc:mysql://h/crm", "postgresql://h/crm", "jdbc:postgresql://h",
                "jdbc:postgresql://h/a/b", "jdbc:postgresql:crm", "  "}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseAddress.parse(bad),
                    bad);
            assertTrue(e.getMessage().contains("jdbc:postgresql://host:5432/crm?user=analyst"), e.getMessage());
        }
    }

    @Test
    void anythingElseIsAFile() {
        DatabaseAddress.File f = assertInstanceOf(DatabaseAddress.File.class, DatabaseAddress.parse("data/crm"));
        assertEquals(Path.of("data/crm"), f.path());
    }
}
