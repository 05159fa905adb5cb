package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.work.CancelFlag;
import org.junit.jupiter.api.Test;

/** Ctrl-C ends the process with the command's own status once it finishes: 0 when its commit had begun. */
class InterruptExitTest {

    @Test
    void anInterruptedCommandThatStillCompletesEndsWithItsOwnStatus() throws Exception {
        CancelFlag cancel = new CancelFlag();
        List<Integer> halted = new ArrayList<>();
        InterruptExit exit = new InterruptExit(cancel, 10_000, halted::add, () -> { });
        Thread hook = new Thread(exit::onInterrupt);
        hook.start();
        while (!cancel.isRaised()) {
            Thread.onSpinWait();
        }
        exit.finished(ExitCode.OK);
        hook.join();
        assertEquals(List.of(ExitCode.OK), halted, "the commit had begun: the import finished and says so");
    }

    @Test
    void aCancelledCommandEndsWith130() throws Exception {
        CancelFlag cancel = new CancelFlag();
        List<Integer> halted = new ArrayList<>();
        InterruptExit exit = new InterruptExit(cancel, 10_000, halted::add, () -> { });
        Thread hook = new Thread(exit::onInterrupt);
        hook.start();
        while (!cancel.isRaised()) {
            Thread.onSpinWait();
        }
        exit.finished(ExitCode.CANCELLED);
        hook.join();
        assertEquals(List.of(ExitCode.CANCELLED), halted);
    }

    @Test
    void aNormalExitIsLeftAloneAndACommandThatDoesNotFinishLeavesTheJvmsStatus() {
        CancelFlag cancel = new CancelFlag();
        List<Integer> halted = new ArrayList<>();
        InterruptExit finished = new InterruptExit(cancel, 10_000, halted::add, () -> { });
        finished.finished(ExitCode.DATA);
        finished.onInterrupt();
        assertFalse(cancel.isRaised(), "System.exit after the command: nothing to cancel");
        assertTrue(halted.isEmpty());
        InterruptExit stuck = new InterruptExit(cancel, 50, halted::add, () -> { });
        stuck.onInterrupt();
        assertTrue(cancel.isRaised());
        assertTrue(halted.isEmpty(), "past the grace period the JVM's own status stands");
    }

    @Test
    void aCommandThatHasBegunToCommitIsWaitedForPastTheGracePeriod() throws Exception {
        CancelFlag cancel = new CancelFlag();
        List<Integer> halted = new ArrayList<>();
        List<String> told = new ArrayList<>();
        InterruptExit exit = new InterruptExit(cancel, 20, halted::add, () -> told.add("committing"));
        cancel.committing();
        Thread hook = new Thread(exit::onInterrupt);
        hook.start();
        Thread.sleep(200);
        assertTrue(hook.isAlive(), "still waiting for the commit after ten grace periods");
        exit.finished(ExitCode.OK);
        hook.join();
        assertEquals(List.of(ExitCode.OK), halted);
        assertEquals(List.of("committing"), told, "the user is told why the process does not stop at once");
    }
}
