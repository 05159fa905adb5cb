package org.crmworkbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartFormat;
import org.junit.jupiter.api.Test;

/** The Export dialog's checks name the field and the allowed range, in the user's language. */
class ChartExportFormTest {
    private final ChartExportForm form = new ChartExportForm(Messages.english());

    @Test
    void goodValuesPassAndShowTheSize() {
        assertEquals(Optional.empty(), form.problem(ChartFormat.PNG, "800", "560", "300"));
        assertEquals("The image will be 3333 × 2333 pixels.", form.sizeNote(ChartFormat.PNG, "800", "560", "300"));
        assertEquals(Optional.empty(), form.problem(ChartFormat.SVG, "800", "560", "not used"));
        assertTrue(form.sizeNote(ChartFormat.PDF, "720", "360", "").contains("25.4 × 12.7 cm"),
                form.sizeNote(ChartFormat.PDF, "720", "360", ""));
    }

    @Test
    void badValuesNameTheFieldAndTheRange() {
        assertEquals("Width (points) must be a number from 36 to 14400.",
                form.problem(ChartFormat.PNG, "20", "560", "300").orElseThrow());
        assertEquals("Height (points) must be a number from 36 to 14400.",
                form.problem(ChartFormat.SVG, "800", "tall", "300").orElseThrow());
        assertEquals("Resolution (dpi) must be a number from 36 to 1200.",
                form.problem(ChartFormat.PNG, "800", "560", "2400").orElseThrow());
        assertEquals("Resolution (dpi) must be a number from 36 to 1200.",
                form.problem(ChartFormat.PNG, "800", "560", "96.5").orElseThrow());
        assertTrue(form.problem(ChartFormat.PNG, "14400", "14400", "300").orElseThrow().startsWith("At 300 dpi"));
        assertEquals("", form.sizeNote(ChartFormat.PNG, "20", "560", "300"));
    }

    @Test
    void chineseMessages() {
        String zh = new ChartExportForm(new Messages(Locale.SIMPLIFIED_CHINESE))
                .problem(ChartFormat.PNG, "10", "560", "300").orElseThrow();
        assertEquals("宽度（磅）必须是 36 到 14400 之间的数字。", zh);
    }
}
