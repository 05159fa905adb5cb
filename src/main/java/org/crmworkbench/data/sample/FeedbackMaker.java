package org.crmworkbench.data.sample;

/**
 * The content of one feedback, a pure function of (customer, ordinal). The planted sentiment follows the
 * customer's satisfaction: the customer's rating bias plus N(0, 0.35²); above {@value #POSITIVE_ABOVE} it is
 * positive, below {@value #NEGATIVE_BELOW} negative, neutral in between. Happy groups (champions, loyal
 * regulars) therefore write mostly positive texts and lapsing customers mostly negative ones.
 */
final class FeedbackMaker {
    static final double POSITIVE_ABOVE = 0.1;
    static final double NEGATIVE_BELOW = -0.35;
    private static final double MOOD_NOISE = 0.35;
    private static final double PREFERRED_CHANNEL = 0.7;

    /** One feedback: planted sentiment, channel, language code and text. */
    record Feedback(Sentiment sentiment, Channel channel, String language, String text) {
    }

    private final SampleWorld world;
    private final FeedbackTexts texts = new FeedbackTexts();

    FeedbackMaker(SampleWorld world) {
        this.world = world;
    }

    Feedback make(int u, int ordinal) {
        Dice dice = Dice.of(world.seed(), RandomStream.FEEDBACK, u, ordinal);
        CustomerPopulation customers = world.customers();
        double mood = customers.bias(u) + MOOD_NOISE * dice.gaussian();
        Sentiment sentiment = mood > POSITIVE_ABOVE ? Sentiment.POSITIVE
                : mood < NEGATIVE_BELOW ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        Channel channel = Channel.of(dice.chance(PREFERRED_CHANNEL) ? customers.preferredChannel(u) : dice.below(3));
        Category category = Category.of(customers.drawCategory(u, dice));
        CategoryWords words = world.catalogue().words(category);
        ProductType kind = words.types().get(dice.below(words.types().size()));
        boolean chinese = customers.chinese(u);
        String text = chinese ? texts.chinese(sentiment, channel, kind.chineseNoun(), dice)
                : texts.english(sentiment, channel, kind.noun(), dice);
        return new Feedback(sentiment, channel, chinese ? "zh" : "en", text);
    }
}
