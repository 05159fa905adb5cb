package org.crmworkbench.present.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crmworkbench.model.RepsRunRecord;
import org.junit.jupiter.api.Test;

/** The record a sales-team run is saved as. */
class RepsRecordsTest {
    @Test
    void theRecordKeepsTheLeagueInOrderTheShiftsAndTheModel() {
        RepsRunRecord run = RepsFixture.smallRun();
        assertEquals(0, run.id());
        assertEquals(RepsFixture.STARTED, run.startedAt());
        assertEquals("test", run.appVersion());
        assertEquals("fixture.csv", run.dataSource());
        assertEquals("order-value", run.outcome());
        assertEquals(List.of("region", "channel"), run.adjustFor());
        assertEquals(true, run.season());
        assertEquals("quarter", run.period());
        assertEquals(180, run.churnWindowDays());
        assertEquals(14, run.observations());
        assertEquals(List.of("R002", "R003", "R001"), run.effects().stream().map(RepsRunRecord.Effect::repId)
                .toList());
        assertEquals(new RepsRunRecord.Effect("R001", "Ada Lee", "North America", 6, 2000.5, -0.3125, -0.5, -0.125,
                1, 3), run.effects().get(2));
        assertEquals(List.of(new RepsRunRecord.Shift("R002", "Bo Chen", 3, 1, 3),
                new RepsRunRecord.Shift("R001", "Ada Lee", 1, 3, 3)), run.shifts());
        assertEquals(new RepsFiles().model(RepsFixture.small(), RepsFixture.smallOrders()), run.model());
    }
}
