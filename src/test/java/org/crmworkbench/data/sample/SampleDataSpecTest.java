package org.crmworkbench.data.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SampleDataSpecTest {

    private static final LocalDate END = SampleDataSpec.DEFAULT_END_DATE;

    @Test
    void defaultsFollowTheCustomerCount() {
        SampleDataSpec bundled = SampleDataSpec.bundled();
        assertEquals(2_000, bundled.customers());
        assertEquals(250, bundled.products());
        assertEquals(20, bundled.salesReps());
        assertEquals(50_000, bundled.ratings());
        assertEquals(LocalDate.of(2026, 9, 30), bundled.endDate());
        assertEquals(3, bundled.years());
        assertEquals(20_261_123L, bundled.seed());
        assertEquals(LocalDate.of(2023, 10, 1), bundled.startDate());

        SampleDataSpec small = SampleDataSpec.defaults(50, 1);
        assertEquals(200, small.products());
        assertEquals(8, small.salesReps(), "at least eight reps");
        SampleDataSpec big = SampleDataSpec.defaults(100_000, 1);
        assertEquals(5_000, big.products());
        assertEquals(1_000, big.salesReps());
        assertEquals(2_500_000, big.ratings());
    }

    @Test
    void defaultRatingsAreCappedAtHalfTheGrid() {
        assertEquals(10L * 20 / 2, SampleDataSpec.defaultRatings(10, 20));
        assertEquals(25L * 1_000, SampleDataSpec.defaultRatings(1_000, 200));
    }

    @Test
    void benchmarkShapesAreAccepted() {
        SampleDataSpec dense = SampleDataSpec.builder(6_000).products(4_000).ratings(1_000_000).build();
        assertEquals(4_000, dense.products());
        assertEquals(60, dense.salesReps());
        assertEquals(1_000_000, dense.ratings());
        SampleDataSpec wide = SampleDataSpec.builder(100_000).ratings(1_000_000).seed(5).build();
        assertEquals(1_000_000, wide.ratings());
        assertEquals(5, wide.seed());
        SampleDataSpec full = SampleDataSpec.builder(10).products(20).ratings(200).build();
        assertEquals(200, full.ratings(), "the whole grid is allowed");
        SampleDataSpec derived = SampleDataSpec.builder(1_000).products(20).build();
        assertEquals(10_000, derived.ratings(), "default ratings follow the chosen product count");
        assertEquals(SampleDataSpec.BUNDLED_SEED, derived.seed());
    }

    @Test
    void badValuesAreRejectedWithTheParameterAndRangeNamed() {
        assertRejected("customers", "10", "1000000",
                () -> new SampleDataSpec(9, 200, 8, 100, END, 3, 1));
        assertRejected("customers", "10", "1000000", () -> SampleDataSpec.defaults(2_000_000, 1));
        assertRejected("products", "20", "200000",
                () -> new SampleDataSpec(100, 19, 8, 100, END, 3, 1));
        assertRejected("salesReps", "1", "100000",
                () -> new SampleDataSpec(100, 200, 0, 100, END, 3, 1));
        assertRejected("years", "1", "10",
                () -> new SampleDataSpec(100, 200, 8, 100, END, 0, 1));
        assertRejected("years", "1", "10",
                () -> new SampleDataSpec(100, 200, 8, 100, END, 11, 1));
        assertRejected("endDate", "2000-01-01", "2199-12-31",
                () -> new SampleDataSpec(100, 200, 8, 100, null, 3, 1));
        assertRejected("endDate", "2000-01-01", "2199-12-31",
                () -> new SampleDataSpec(100, 200, 8, 100, LocalDate.of(1999, 12, 31), 3, 1));
        assertRejected("ratings", "0", "20000",
                () -> new SampleDataSpec(100, 200, 8, 20_001, END, 3, 1));
        assertRejected("ratings", "0", "20000",
                () -> new SampleDataSpec(100, 200, 8, -1, END, 3, 1));
        assertRejected("ratings", "0", "4000",
                () -> SampleDataSpec.builder(100).products(40).ratings(1_000_000).build());
        assertRejected("products", "20", "200000", () -> SampleDataSpec.builder(100).products(5).build());
    }

    private static void assertRejected(String parameter, String min, String max, Runnable construction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction::run);
        String message = e.getMessage();
        assertTrue(message.startsWith(parameter + " "), () -> "names " + parameter + ": " + message);
        assertTrue(message.contains(min) && message.contains(max), () -> "gives the range: " + message);
    }
}
