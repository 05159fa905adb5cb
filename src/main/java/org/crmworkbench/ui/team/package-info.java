/**
 * The window's way to a team database on a PostgreSQL server: the dialog that asks for the server, the database, the
 * user and the password (which is never written down), tries the connection in the background, and names the
 * server's refusal in words that say what to do.
 */
package org.crmworkbench.ui.team;
