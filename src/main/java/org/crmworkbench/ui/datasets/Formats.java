package org.crmworkbench.ui.datasets;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.i18n.Messages;

/** Counts, rates, times and names written for people in the current language. */
final class Formats {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    /** 1000000 as "1,000,000". */
    static String count(Messages messages, long n) {
        return NumberFormat.getIntegerInstance(messages.locale()).format(n);
    }

    /** 123456.7 rows/s as "123,457". */
    static String rate(Messages messages, double perSecond) {
        return NumberFormat.getIntegerInstance(messages.locale()).format(Math.round(perSecond));
    }

    /** 1.234 s as "1.2 s"; 75 s as "1 min 15 s". */
    static String elapsed(Messages messages, Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return messages.get("format.seconds", d.toMillis() / 1000.0);
        }
        return messages.get("format.minutes", seconds / 60, seconds % 60);
    }

    static String when(LocalDateTime t) {
        return WHEN.format(t);
    }

    static String table(Messages messages, CrmTable table) {
        return table == null ? "" : messages.get(table.titleKey());
    }

    /** A column's or field's header text: {@code column.<name>}. */
    static String column(Messages messages, String name) {
        return messages.get("column." + name);
    }
}
