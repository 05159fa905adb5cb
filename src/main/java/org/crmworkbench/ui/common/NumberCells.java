package org.crmworkbench.ui.common;

import java.text.NumberFormat;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;

/** Table cells for numbers: right-aligned in the reader's format, a dash for a missing (NaN or infinite) value. */
public final class NumberCells {
    private NumberCells() {
    }

    public static <R> TableCell<R, Number> formatted(NumberFormat format) {
        return cell(format, "\u2013");
    }

    /** As {@link #formatted}, but an infinite value (a rule's conviction at confidence 1) reads as the sign ∞. */
    public static <R> TableCell<R, Number> withInfinity(NumberFormat format) {
        return cell(format, "\u221e");
    }

    private static <R> TableCell<R, Number> cell(NumberFormat format, String infinite) {
        TableCell<R, Number> cell = new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else {
                    double v = item.doubleValue();
                    setText(Double.isFinite(v) ? format.format(v) : Double.isInfinite(v) ? infinite : "\u2013");
                }
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        return cell;
    }
}
