package org.crmworkbench.data.sample;

import java.util.EnumMap;
import java.util.Map;

/**
 * The product catalogue as numbers: category, kind, brand, list price, popularity, quality (item bias) and
 * latent factor vector of every product, plus per-category samplers. Texts are made by {@link ProductTexts}.
 *
 * <p>Prices are log-uniform within each product kind's range and end in .99 or .49; popularity is
 * log-normal and higher for better products; item bias is the brand's quality plus noise.
 */
final class ProductCatalogue {
    private static final int BRANDS = 5;
    private static final double BRAND_QUALITY_SPREAD = 0.2;
    private static final double PRODUCT_QUALITY_SPREAD = 0.25;
    /** One product in this many has a planted companion. */
    static final int COMPANION_EVERY = 4;

    private final int size;
    private final byte[] category;
    private final byte[] type;
    private final byte[] brand;
    private final long[] priceCents;
    private final float[] priceZ;
    private final float[] popularity;
    private final float[] bias;
    private final float[] factors;
    private final int[][] members;
    /** The product planted as bought together with each product, or -1. */
    private final int[] companion;
    private final AliasTable[] samplers;
    private final Map<Category, CategoryWords> words = new EnumMap<>(Category.class);

    ProductCatalogue(int size, long seed, TasteSpace taste) {
        this.size = size;
        for (Category c : Category.values()) {
            CategoryWords w = ProductVocabulary.of(c);
            if (w.types().size() > TasteSpace.MAX_TYPES || w.brands().size() != BRANDS) {
                throw new IllegalStateException("vocabulary of " + c + " does not fit the catalogue");
            }
            words.put(c, w);
        }
        category = new byte[size];
        type = new byte[size];
        brand = new byte[size];
        priceCents = new long[size];
        priceZ = new float[size];
        popularity = new float[size];
        bias = new float[size];
        factors = new float[size * TasteSpace.DIMENSIONS];

        Dice dice = Dice.of(seed, RandomStream.CATALOGUE, -1);
        int categories = Category.values().length;
        double[] brandQuality = new double[categories * BRANDS];
        for (int i = 0; i < brandQuality.length; i++) {
            brandQuality[i] = BRAND_QUALITY_SPREAD * dice.gaussian();
        }
        assignCategories(dice);
        for (int j = 0; j < size; j++) {
            makeProduct(j, Dice.of(seed, RandomStream.CATALOGUE, j), taste, brandQuality);
        }
        members = new int[categories][];
        samplers = new AliasTable[categories];
        for (int c = 0; c < categories; c++) {
            indexCategory(c);
        }
        companion = plantCompanions(seed);
    }

    /**
     * Plants what is bought together: every {@value #COMPANION_EVERY}th product (by index) gets a companion, another
     * product of its own category (a tent and a sleeping bag, a laptop and its mouse) drawn uniformly by its own
     * stream, so the rest of the catalogue is as it was.
     */
    private int[] plantCompanions(long seed) {
        int[] out = new int[size];
        java.util.Arrays.fill(out, -1);
        if (size < 2) {
            return out;
        }
        for (int j = 0; j < size; j += COMPANION_EVERY) {
            int[] same = members[category[j]];
            if (same.length < 2) {
                continue;
            }
            Dice dice = Dice.of(seed, RandomStream.COMPANION, j);
            int c = same[dice.below(same.length - 1)];
            out[j] = c == j ? same[same.length - 1] : c;
        }
        return out;
    }

    /** The product planted as bought together with {@code j}, or -1 when it has none. */
    int companion(int j) {
        return companion[j];
    }

    /** Splits the catalogue over the categories by their shares (at least two each) and shuffles the order. */
    private void assignCategories(Dice dice) {
        Category[] all = Category.values();
        int[] counts = new int[all.length];
        int assigned = 0;
        for (int c = 0; c < all.length; c++) {
            counts[c] = Math.max(2, (int) Math.floor(size * all[c].productShare()));
            assigned += counts[c];
        }
        for (int c = 0; assigned < size; c = (c + 1) % all.length) {
            counts[c]++;
            assigned++;
        }
        for (int c = all.length - 1; assigned > size; c = (c + all.length - 1) % all.length) {
            if (counts[c] > 2) {
                counts[c]--;
                assigned--;
            }
        }
        int at = 0;
        for (int c = 0; c < all.length; c++) {
            for (int k = 0; k < counts[c]; k++) {
                category[at++] = (byte) c;
            }
        }
        for (int i = size - 1; i > 0; i--) {
            int k = dice.below(i + 1);
            byte swap = category[i];
            category[i] = category[k];
            category[k] = swap;
        }
    }

    private void makeProduct(int j, Dice dice, TasteSpace taste, double[] brandQuality) {
        int c = category[j];
        CategoryWords w = words.get(Category.of(c));
        int t = dice.below(w.types().size());
        int b = dice.belowFavouringFront(BRANDS);
        ProductType kind = w.types().get(t);
        double price = StrictMath.exp(dice.uniform(StrictMath.log(kind.minPrice()), StrictMath.log(kind.maxPrice())));
        type[j] = (byte) t;
        brand[j] = (byte) b;
        priceCents[j] = charmCents(price);
        bias[j] = (float) (brandQuality[c * BRANDS + b] + PRODUCT_QUALITY_SPREAD * dice.gaussian());
        popularity[j] = (float) StrictMath.exp(0.7 * dice.gaussian() + 0.8 * bias[j]);
        for (int d = 0; d < TasteSpace.DIMENSIONS; d++) {
            factors[j * TasteSpace.DIMENSIONS + d] = (float) (taste.centroid(c, d) + taste.typeOffset(c, t, d)
                    + TasteSpace.PRODUCT_NOISE * dice.gaussian());
        }
    }

    /** Shop-style prices: x.49/x.99 below 10, x.99 below 100, then steps of 5 and 50 minus a cent. */
    static long charmCents(double price) {
        if (price < 10) {
            return Math.max(99, Math.round(price * 2) * 50 - 1);
        }
        if (price < 100) {
            return (long) Math.floor(price) * 100 + 99;
        }
        if (price < 1000) {
            return Math.round(price / 5) * 500 - 1;
        }
        return Math.round(price / 50) * 5000 - 1;
    }

    private void indexCategory(int c) {
        int count = 0;
        for (int j = 0; j < size; j++) {
            if (category[j] == c) {
                count++;
            }
        }
        int[] list = new int[count];
        double[] weights = new double[count];
        double sum = 0;
        double sumSquares = 0;
        int at = 0;
        for (int j = 0; j < size; j++) {
            if (category[j] == c) {
                list[at] = j;
                weights[at++] = popularity[j];
                double lp = StrictMath.log(priceCents[j]);
                sum += lp;
                sumSquares += lp * lp;
            }
        }
        double mean = sum / count;
        double sd = StrictMath.sqrt(Math.max(1e-9, sumSquares / count - mean * mean));
        for (int j : list) {
            priceZ[j] = (float) ((StrictMath.log(priceCents[j]) - mean) / sd);
        }
        members[c] = list;
        samplers[c] = new AliasTable(weights);
    }

    int size() {
        return size;
    }

    int category(int j) {
        return category[j];
    }

    int type(int j) {
        return type[j];
    }

    int brand(int j) {
        return brand[j];
    }

    long priceCents(int j) {
        return priceCents[j];
    }

    /** Log-price standardised within the category: positive for the dearer products. */
    double priceZ(int j) {
        return priceZ[j];
    }

    double popularity(int j) {
        return popularity[j];
    }

    /** The planted item bias (quality) in stars. */
    double bias(int j) {
        return bias[j];
    }

    float factor(int j, int d) {
        return factors[j * TasteSpace.DIMENSIONS + d];
    }

    /** Number of products in a category. */
    int categorySize(int c) {
        return members[c].length;
    }

    /** A product of the category, drawn by popularity. */
    int drawFromCategory(int c, Dice dice) {
        return members[c][samplers[c].draw(dice)];
    }

    CategoryWords words(Category c) {
        return words.get(c);
    }

    ProductType kind(int j) {
        return words.get(Category.of(category[j])).types().get(type[j]);
    }
}
