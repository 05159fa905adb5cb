package org.crmworkbench.ui.recommend;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.crmworkbench.i18n.Messages;

/**
 * A setting picked from a fixed list (method, similarity, split), as a combo box offers it: each value under its
 * command-line name, shown in the reader's language. The chosen name and the setting follow each other both ways,
 * so a view binds to names and needs to know nothing of the analysis' types.
 *
 * @param <T> the setting's type
 */
public final class SettingChoice<T> {
    private final List<T> values;
    private final Function<T, String> name;
    private final BiFunction<Messages, T, String> label;
    private final StringProperty chosen = new SimpleStringProperty(this, "chosen");

    SettingChoice(Property<T> setting, List<T> values, Function<T, String> name,
                  BiFunction<Messages, T, String> label) {
        this.values = List.copyOf(values);
        this.name = Objects.requireNonNull(name, "name");
        this.label = Objects.requireNonNull(label, "label");
        Bindings.bindBidirectional(chosen, setting, new StringConverter<T>() {
            @Override
            public String toString(T value) {
                return value == null ? null : name.apply(value);
            }

            @Override
            public T fromString(String key) {
                return value(key);
            }
        });
    }

    /** The command-line names of the values on offer, in order. */
    public List<String> names() {
        return values.stream().map(name).toList();
    }

    /** The name of the value chosen; setting it chooses that value. */
    public StringProperty chosenProperty() {
        return chosen;
    }

    /** What {@code key} is called in the reader's language. */
    public String label(String key, Messages messages) {
        T value = value(key);
        return value == null ? "" : label.apply(messages, value);
    }

    /** Offers the values in {@code box} under their names in {@code messages}' language, the box choosing them. */
    public void bind(ComboBox<String> box, Messages messages) {
        box.getItems().setAll(names());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : label(key, messages);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        // bidirectional bindings hold both sides weakly: the box does not keep the setting alive, nor the reverse
        box.valueProperty().bindBidirectional(chosen);
    }

    private T value(String key) {
        for (T v : values) {
            if (name.apply(v).equals(key)) {
                return v;
            }
        }
        return null;
    }
}
