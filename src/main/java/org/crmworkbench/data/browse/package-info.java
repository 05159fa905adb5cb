/**
 * Browsing the CRM tables a page at a time, for the Data workspace and any other reader that shows rows:
 * {@link org.crmworkbench.data.browse.TableLayout} says which columns an analyst sees (external ids, not internal
 * ones), {@link org.crmworkbench.data.browse.TableBrowser} counts, filters, sorts and pages in the database, and a
 * {@link org.crmworkbench.data.browse.RowOrder} keeps the keys of a filtered, sorted view so that deep pages of a
 * million-row table are as cheap as the first. Plain JDBC; no JavaFX.
 */
package org.crmworkbench.data.browse;
