package org.crmworkbench.present.report;

/**
 * One chart or table a saved run can give a report, as the report builder lists it.
 *
 * @param runId the run
 * @param key   the item's name within the run, as {@code workbench chart --chart NAME} spells it
 * @param chart true for a chart, false for a table
 * @param label what the builder shows, in the user's language ({@code Segment scatter (PCA)})
 */
public record ItemChoice(long runId, String key, boolean chart, String label) {
}
