/**
 * One JavaFX-free class per analysis, used by both faces: its CLI verb and its workspace's view model.
 *
 * <p>A workflow takes validated settings (a record whose constructor rejects bad values with a
 * {@link org.crmworkbench.work.BadParameterException} naming the parameter, and whose parameter ranges are
 * {@link org.crmworkbench.work.IntRange} / {@link org.crmworkbench.work.DoubleRange} constants that the window's
 * spinners and the command line's messages read), and a {@link org.crmworkbench.work.Progress}. It reads through
 * the data layer, runs the analysis, and saves a run (stamped with {@link org.crmworkbench.work.AppVersion}) through
 * the run stores. It writes no output files and prints nothing: the CLI command turns its result into files and
 * lines, the view model into observable state.
 *
 * <p>Layering: data -> analysis -> present -> workflow -> ui / cli. Nothing here knows JavaFX, picocli or the
 * terminal.
 */
package org.crmworkbench.workflow;
