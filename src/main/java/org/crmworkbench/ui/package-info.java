/**
 * The desktop face: the main window, its navigation and the pluggable workspaces.
 *
 * <h2>Adding a workspace</h2>
 * Implement {@link org.crmworkbench.ui.Workspace} in a sub-package ({@code ui.datasets}, {@code ui.segments}, ...),
 * take what it needs (the {@link org.crmworkbench.ui.jobs.JobRunner}, a repository, ...) through its
 * constructor, keep its state in a view model owned by the workspace object, and build a fresh view over that
 * view model in {@code view(Messages)}. Add it to the list that the {@link org.crmworkbench.ui.WorkspaceFactory}
 * given to {@link org.crmworkbench.ui.DesktopLauncher#launch} returns. Give the navigation an icon with a
 * {@code .icon-<id>} rule (an SVG path in {@code -fx-shape}) in {@code assets/css/workbench.css}.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>View models hold state; controllers and views bind and delegate.</li>
 *   <li>Nothing slow on the FX thread: queries and computations go through the job runner.</li>
 *   <li>Every visible text comes from {@code i18n/messages*.properties}, in English and Simplified Chinese.</li>
 *   <li>No static singletons: dependencies are passed in.</li>
 * </ul>
 */
package org.crmworkbench.ui;
