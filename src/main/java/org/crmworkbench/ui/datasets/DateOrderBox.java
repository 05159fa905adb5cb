package org.crmworkbench.ui.datasets;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.crmworkbench.data.imports.SlashedDateOrder;
import org.crmworkbench.i18n.Messages;

/** The import option saying how dates like 03/04/2025 are read (day first or month first). */
public final class DateOrderBox extends ComboBox<SlashedDateOrder> {

    /** Offers every order and keeps the choice in step with {@code order}. */
    void bind(ObjectProperty<SlashedDateOrder> order, Messages messages) {
        getItems().setAll(SlashedDateOrder.values());
        setConverter(new StringConverter<>() {
            @Override
            public String toString(SlashedDateOrder o) {
                return o == null ? "" : messages.get("import.options.dates." + o.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public SlashedDateOrder fromString(String text) {
                return null;
            }
        });
        valueProperty().bindBidirectional(order);
    }
}
