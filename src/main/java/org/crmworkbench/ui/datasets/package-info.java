/**
 * The Data workspace: {@link org.crmworkbench.ui.datasets.DataWorkspace} (construct it with the window's
 * {@code DataSession} and {@code JobRunner}), its state in {@link org.crmworkbench.ui.datasets.DataViewModel}, the
 * table browser ({@link org.crmworkbench.ui.datasets.BrowserViewModel} over
 * {@link org.crmworkbench.ui.datasets.PagedRows}, pages read on the {@link org.crmworkbench.ui.datasets.BrowseQueue}) and
 * the import wizard ({@link org.crmworkbench.ui.datasets.ImportWizardViewModel} with
 * {@link org.crmworkbench.ui.datasets.MappingViewModel} and {@link org.crmworkbench.ui.datasets.ImportRunViewModel}).
 *
 * <p>Which thread does what: building a row order (a table, filter or sort: up to a second on a million rows) is
 * a job, shown in the jobs panel with Cancel, and a newer one replaces an older one; reading a page of 200 rows
 * (a few milliseconds) goes to the workspace's own single-thread queue, newest first; preview, check and import
 * are jobs. Views are FXML files listed in {@code FxmlView}; each controller binds and delegates.
 */
package org.crmworkbench.ui.datasets;
