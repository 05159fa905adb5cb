package org.crmworkbench.present.value;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.value.PurchaseModel;
import org.crmworkbench.analysis.value.PurchaseModelKind;
import org.crmworkbench.analysis.value.PurchaseModels;
import org.crmworkbench.model.ValueRunRecord;

/**
 * The purchase model of a saved run, built again from the parameters its {@code parameters.json} holds at the top
 * level ({@code r, alpha, a, b} for BG/NBD, {@code r, alpha, s, beta} for Pareto/NBD).
 */
final class SavedModel {
    private SavedModel() {
    }

    /** The parameters' names in the order the model takes them. */
    static List<String> names(PurchaseModelKind kind) {
        return kind == PurchaseModelKind.BGNBD ? List.of("r", "alpha", "a", "b") : List.of("r", "alpha", "s", "beta");
    }

    /** The parameters of {@code run}'s model, in {@link #names} order. */
    static double[] parameters(ValueRunRecord run) {
        PurchaseModelKind kind = PurchaseModelKind.fromKey(run.model());
        Map<String, Double> top = topLevelNumbers(run.parameters());
        List<String> names = names(kind);
        double[] values = new double[names.size()];
        for (int i = 0; i < values.length; i++) {
            Double v = top.get(names.get(i));
            if (v == null) {
                throw new IllegalStateException("run " + run.id() + " has no parameter " + names.get(i));
            }
            values[i] = v;
        }
        return values;
    }

    static PurchaseModel of(ValueRunRecord run) {
        return PurchaseModels.of(PurchaseModelKind.fromKey(run.model()), parameters(run));
    }

    private static Map<String, Double> topLevelNumbers(String json) {
        Map<String, Double> numbers = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return numbers;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.getCurrentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                    numbers.put(name, parser.getDoubleValue());
                } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return numbers;
    }
}
