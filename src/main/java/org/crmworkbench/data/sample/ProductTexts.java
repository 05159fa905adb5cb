package org.crmworkbench.data.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names, tags and descriptions of products, made from the category vocabulary so that products of one category
 * share words and tags. Each product's texts come from its own random stream, so they can be made in any order.
 */
final class ProductTexts {
    /** Popularity above which a product is tagged {@code bestseller} (about the top tenth). */
    private static final double BESTSELLER_POPULARITY = 3.0;

    /** The three texts of one product. */
    record Texts(String name, String tags, String description) {
    }

    private final ProductCatalogue catalogue;
    private final long seed;

    ProductTexts(ProductCatalogue catalogue, long seed) {
        this.catalogue = catalogue;
        this.seed = seed;
    }

    Texts of(int j) {
        Dice dice = Dice.of(seed, RandomStream.PRODUCT_TEXT, j);
        Category category = Category.of(catalogue.category(j));
        CategoryWords words = catalogue.words(category);
        ProductType kind = catalogue.kind(j);
        String brand = words.brands().get(catalogue.brand(j));
        String adjective = adjective(words, kind, dice);
        String name = name(category, brand, adjective, kind, dice);
        String tags = tags(j, category, words, kind, dice);
        String description = description(words, brand, adjective, kind, dice);
        return new Texts(name, tags, description);
    }

    private static String adjective(CategoryWords words, ProductType kind, Dice dice) {
        String noun = kind.noun().toLowerCase(Locale.ROOT);
        for (int attempt = 0; attempt < 8; attempt++) {
            String adjective = words.adjectives().get(dice.below(words.adjectives().size()));
            if (!noun.contains(adjective.toLowerCase(Locale.ROOT))) {
                return adjective;
            }
        }
        return "New";
    }

    private static String name(Category category, String brand, String adjective, ProductType kind, Dice dice) {
        String noun = titleCase(kind.noun());
        if (category == Category.BOOKS) {
            return brand + " " + adjective + " " + noun + ", Vol. " + dice.between(1, 12);
        }
        String code = brand.substring(0, 2).toUpperCase(Locale.ROOT) + "-" + dice.between(10, 99)
                + (dice.chance(0.3) ? "X" : "");
        return brand + " " + adjective + " " + noun + " " + code;
    }

    private String tags(int j, Category category, CategoryWords words, ProductType kind, Dice dice) {
        List<String> tags = new ArrayList<>();
        tags.add(category.tag());
        for (String tag : kind.tags()) {
            addOnce(tags, tag);
        }
        addOnce(tags, words.extraTags().get(dice.below(words.extraTags().size())));
        double position = StrictMath.log(catalogue.priceCents(j) / 100.0 / kind.minPrice())
                / StrictMath.log(kind.maxPrice() / kind.minPrice());
        if (position > 0.8) {
            addOnce(tags, "premium");
        } else if (position < 0.2) {
            addOnce(tags, "budget");
        }
        if (catalogue.popularity(j) > BESTSELLER_POPULARITY) {
            addOnce(tags, "bestseller");
        }
        return String.join(";", tags);
    }

    private static void addOnce(List<String> tags, String tag) {
        if (!tags.contains(tag)) {
            tags.add(tag);
        }
    }

    private static String description(CategoryWords words, String brand, String adjective, ProductType kind,
                                      Dice dice) {
        List<String> features = words.features();
        int first = dice.below(features.size());
        int second = (first + 1 + dice.below(features.size() - 1)) % features.size();
        String f1 = features.get(first);
        String f2 = features.get(second);
        String benefit = words.benefits().get(dice.below(words.benefits().size()));
        String noun = kind.noun();
        return switch (dice.below(3)) {
            case 0 -> adjective + " " + noun + " by " + brand + " with " + f1 + " and " + f2 + ". " + benefit;
            case 1 -> capitalise(noun) + " from " + brand + ", made with " + f1 + " and " + f2 + ". " + benefit;
            default -> benefit + " " + adjective + " " + noun + " by " + brand + ", featuring " + f1 + ".";
        };
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            out.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == '-';
        }
        return out.toString();
    }
}
