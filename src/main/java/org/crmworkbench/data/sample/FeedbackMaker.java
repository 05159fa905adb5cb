package org.crmworkbench.data.sample;

/**
 * The content of one feedback, a pure function of (customer, ordinal). Each feedback is about one product of a
 * category the customer likes, drawn by popularity. The planted sentiment follows the customer's satisfaction and the
 * product's quality: the customer's rating bias plus {@value #PRODUCT_WEIGHT} × the product's quality bias plus
 * N(0, 0.35²); above {@value #POSITIVE_ABOVE} it is positive, below {@value #NEGATIVE_BELOW} negative, neutral in
 * between. Happy groups (champions, loyal regulars) therefore write mostly positive texts, lapsing customers mostly
 * negative ones, and the weakest products draw more complaints.
 */
final class FeedbackMaker {
    static final double POSITIVE_ABOVE = 0.1;
    static final double NEGATIVE_BELOW = -0.35;
    private static final double MOOD_NOISE = 0.35;
    private static final double PREFERRED_CHANNEL = 0.7;
    static final double PRODUCT_WEIGHT = 0.5;

    /** One feedback: planted sentiment, channel, the product it is about, language code and text. */
    record Feedback(Sentiment sentiment, Channel channel, int product, String language, String text) {
    }

    private final SampleWorld world;
    private final FeedbackTexts texts = new FeedbackTexts();

    FeedbackMaker(SampleWorld world) {
        this.world = world;
    }

    Feedback make(int u, int ordinal) {
        Dice dice = Dice.of(world.seed(), RandomStream.FEEDBACK, u, ordinal);
        CustomerPopulation customers = world.customers();
        double noise = MOOD_NOISE * dice.gaussian();
        Channel channel = Channel.of(dice.chance(PREFERRED_CHANNEL) ? customers.preferredChannel(u) : dice.below(3));
        ProductCatalogue catalogue = world.catalogue();
        int product = catalogue.drawFromCategory(customers.drawCategory(u, dice), dice);
        ProductType kind = catalogue.kind(product);
        double mood = customers.bias(u) + PRODUCT_WEIGHT * catalogue.bias(product) + noise;
        Sentiment sentiment = mood > POSITIVE_ABOVE ? Sentiment.POSITIVE
                : mood < NEGATIVE_BELOW ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        boolean chinese = customers.chinese(u);
        String text = chinese ? texts.chinese(sentiment, channel, kind.chineseNoun(), dice)
                : texts.english(sentiment, channel, kind.noun(), dice);
        return new Feedback(sentiment, channel, product, chinese ? "zh" : "en", text);
    }
}
