package org.crmworkbench.data.imports;

/** How a date written with slashes and the year last ({@code 03/04/2024}) is read. */
public enum SlashedDateOrder {
    /** 03/04/2024 is March 4 (United States). */
    MONTH_FIRST,
    /** 03/04/2024 is 3 April (most of Europe). */
    DAY_FIRST
}
