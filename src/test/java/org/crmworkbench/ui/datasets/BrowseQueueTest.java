package org.crmworkbench.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrowseQueueTest {
    private final Deque<Runnable> workerTasks = new ArrayDeque<>();
    private final BrowseQueue queue = new BrowseQueue(workerTasks::add, Runnable::run);
    private final List<String> events = new ArrayList<>();

    private void runWorker() {
        while (!workerTasks.isEmpty()) {
            workerTasks.poll().run();
        }
    }

    private void page(int n) {
        queue.submitDroppable(() -> "page " + n, events::add, e -> events.add("failed " + n),
                () -> events.add("dropped " + n));
    }

    @Test
    void theNewestRequestIsReadFirst() {
        page(1);
        page(2);
        page(3);
        runWorker();
        assertEquals(List.of("page 3", "page 2", "page 1"), events);
    }

    @Test
    void whenTooManyPagesWaitTheOldestAreDroppedAndToldSo() {
        for (int n = 1; n <= BrowseQueue.MAX_WAITING + 2; n++) {
            page(n);
        }
        assertEquals(List.of("dropped 1", "dropped 2"), events);
        runWorker();
        assertEquals("page " + (BrowseQueue.MAX_WAITING + 2), events.get(2));
        assertEquals(BrowseQueue.MAX_WAITING + 2, events.size());
        assertTrue(events.contains("page 3") && !events.contains("page 1"));
    }

    @Test
    void readsThatMustHappenAreNeverDroppedAndFailuresAreReported() {
        queue.submit(() -> "counts", events::add, e -> events.add("failed counts"));
        for (int n = 1; n <= BrowseQueue.MAX_WAITING + 1; n++) {
            page(n);
        }
        queue.<String>submit(() -> {
            throw new IllegalStateException("database closed");
        }, events::add, e -> events.add("failed: " + e.getMessage()));
        runWorker();
        assertEquals("dropped 1", events.get(0));
        assertTrue(events.contains("counts"));
        assertTrue(events.contains("failed: database closed"));
    }
}
