package org.crmworkbench.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import javafx.scene.image.WritableImage;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.chart.ChartTheme;
import org.crmworkbench.ui.testing.FxUiTest;
import org.junit.jupiter.api.Test;

/** The Export dialog shows the file's size live and says inline which field is wrong. */
class ChartExportDialogTest extends FxUiTest {
    private final Messages english = Messages.english();

    private ChartExportDialog dialog(long points) {
        return onFx(() -> new ChartExportDialog(null, english,
                new ChartExportChoice(ChartFormat.PNG, "Customer segments", 800, 560, 300, ChartTheme.LIGHT),
                points));
    }

    @Test
    void theSizeFollowsTheFieldsAndErrorsNameTheField() {
        ChartExportDialog d = dialog(500);
        assertEquals("The image will be 3333 × 2333 pixels.", onFx(d::sizeNote));
        assertEquals("", onFx(d::error));
        assertEquals("Customer segments", onFx(d::choice).title());

        onFx(() -> d.type("800", "560", "96"));
        assertEquals("The image will be 1067 × 747 pixels.", onFx(d::sizeNote));
        assertEquals(96, onFx(d::choice).dpi());

        onFx(() -> d.type("20000", "560", "96"));
        assertEquals("Width (points) must be a number from 36 to 14400.", onFx(d::error));
        assertNull(onFx(d::choice));
        assertTrue(onFx(() -> d.dialog().getDialogPane().lookupButton(d.dialog().getDialogPane().getButtonTypes()
                .get(0)).isDisabled()), "Export disabled while a field is wrong");

        onFx(() -> d.type("800", "560", "5000"));
        assertEquals("Resolution (dpi) must be a number from 36 to 1200.", onFx(d::error));
        onFx(() -> d.choose(ChartFormat.SVG));
        assertEquals("", onFx(d::error), "the resolution does not matter for SVG");
        assertTrue(onFx(d::sizeNote).startsWith("A vector file of 800 × 560 points"), onFx(d::sizeNote));
        assertEquals(ChartFormat.SVG, onFx(d::choice).format());
    }

    @Test
    void theCopiedImageIsPixelForPixelTheChartImage() {
        BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, new Color(0x0072B2).getRGB());
        image.setRGB(29, 19, Color.WHITE.getRGB());
        WritableImage fx = onFx(() -> ChartPane.fxImage(image));
        assertEquals(30, (int) fx.getWidth());
        assertEquals(0xFF0072B2, fx.getPixelReader().getArgb(3, 4));
        assertEquals(0xFFFFFFFF, fx.getPixelReader().getArgb(29, 19));
        assertEquals(0xFF000000, fx.getPixelReader().getArgb(0, 0));
    }
}
