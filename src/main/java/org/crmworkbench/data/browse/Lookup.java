package org.crmworkbench.data.browse;

import org.crmworkbench.data.CrmTable;

/**
 * A referenced table whose identifying columns are shown in place of an internal id: the browse query joins
 * {@code target} as {@code alias} on {@code alias.id = <base>.<foreignKey>}.
 *
 * @param alias      SQL alias of the joined table (a fixed, known identifier)
 * @param foreignKey column of the browsed table that holds the referenced internal id
 * @param target     the referenced table
 */
public record Lookup(String alias, String foreignKey, CrmTable target) {
}
