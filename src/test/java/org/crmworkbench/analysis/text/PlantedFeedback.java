package org.crmworkbench.analysis.text;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crmworkbench.model.FeedbackText;

/**
 * Feedback whose answer is known. English: 240 texts, the even ones complaining about late delivery, the odd ones
 * praising the quality, written January to June 2025 with none in March (50, 60, 0, 40, 50, 40 a month); the first
 * ten negative texts of June add "the zipper is stiff", found nowhere else. Chinese: 40 texts, the even ones
 * complaining about slow delivery (物流), the odd ones praising the quality (质量), one a week in eight weeks from 6 January 2025. Channel
 * web/store/phone by index modulo 3, region "north" for every fourth English text (no other region), customer
 * C(index mod 50).
 */
final class PlantedFeedback {
    static final int[] MONTHLY = {50, 60, 0, 40, 50, 40};
    static final int ENGLISH = 240;
    static final int CHINESE = 40;
    static final int ZIPPERS = 10;
    static final List<String> CHANNELS = List.of("web", "store", "phone");

    private static final List<String> LATE = List.of("The delivery was late again.",
            "Delivery was slow and late.", "My parcel arrived late, awful delivery.",
            "The courier was slow and the delivery late.", "Awful delivery, the parcel came late.",
            "Late delivery, the courier never called.");
    private static final List<String> QUALITY = List.of("The quality is excellent.",
            "Great quality, sturdy stitching.", "Love the quality of the fabric.",
            "Excellent quality and a sturdy build.", "Happy with the quality, great stitching.");
    private static final List<String> ITEMS = List.of("I ordered shoes.", "Bought a lamp.", "Got the jacket.",
            "Ordered two mugs.", "Bought a backpack.", "Ordered a kettle.", "Got a blanket.", "Bought the chair.");
    private static final List<String> ZH_LATE = List.of("物流太慢了，很失望。", "快递太慢了，包装也破损了。",
            "物流太慢，等了两周，非常失望。", "快递很慢，很失望。");
    private static final List<String> ZH_QUALITY = List.of("质量很好，非常满意。", "做工好，质量好，很喜欢。",
            "质量非常好，很满意。", "衣服质量好，喜欢。");

    private PlantedFeedback() {
    }

    /** The planted label of English text {@code index} (0-based). */
    static SentimentLabel planted(int index) {
        return index % 2 == 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE;
    }

    static List<FeedbackText> texts() {
        Random random = new Random(7);
        List<FeedbackText> texts = new ArrayList<>();
        int index = 0;
        int zippers = 0;
        for (int month = 0; month < MONTHLY.length; month++) {
            for (int j = 0; j < MONTHLY[month]; j++, index++) {
                boolean negative = planted(index) == SentimentLabel.NEGATIVE;
                List<String> opener = negative ? LATE : QUALITY;
                String text = opener.get(random.nextInt(opener.size())) + " " + ITEMS.get(random.nextInt(ITEMS.size()));
                if (month == MONTHLY.length - 1 && negative && zippers < ZIPPERS) {
                    text += " The zipper is stiff.";
                    zippers++;
                }
                LocalDateTime at = LocalDateTime.of(2025, month + 1, 1 + j % 28, 9 + j % 8, 30);
                texts.add(new FeedbackText("E" + index, "C" + (index % 50), at, CHANNELS.get(index % 3), "en", text,
                        null, null, index % 4 == 0 ? "north" : null, null, null, Double.NaN, -1));
            }
        }
        for (int i = 0; i < CHINESE; i++) {
            List<String> phrases = i % 2 == 0 ? ZH_LATE : ZH_QUALITY;
            texts.add(new FeedbackText("Z" + i, "C" + (i % 50), LocalDateTime.of(2025, 1, 6, 10, 0).plusWeeks(i % 8),
                    CHANNELS.get(i % 3), null, phrases.get(random.nextInt(phrases.size())), null, null, null, null,
                    null, Double.NaN, -1));
        }
        return texts;
    }

    /** The adjusted Rand index of two labellings (Hubert and Arabie, 1985). */
    static double adjustedRand(int[] a, int[] b) {
        java.util.Map<Long, Integer> pairs = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> rows = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> columns = new java.util.HashMap<>();
        for (int i = 0; i < a.length; i++) {
            pairs.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1, Integer::sum);
            rows.merge(a[i], 1, Integer::sum);
            columns.merge(b[i], 1, Integer::sum);
        }
        double index = pairs.values().stream().mapToDouble(PlantedFeedback::choose2).sum();
        double sumRows = rows.values().stream().mapToDouble(PlantedFeedback::choose2).sum();
        double sumColumns = columns.values().stream().mapToDouble(PlantedFeedback::choose2).sum();
        double expected = sumRows * sumColumns / choose2(a.length);
        double max = (sumRows + sumColumns) / 2;
        return (index - expected) / (max - expected);
    }

    private static double choose2(int n) {
        return n * (n - 1) / 2.0;
    }
}
