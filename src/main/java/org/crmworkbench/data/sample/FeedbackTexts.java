package org.crmworkbench.data.sample;

import java.util.List;

/**
 * Feedback texts in English and Chinese, composed of an opening sentence that carries the sentiment, a sentence
 * about one aspect (delivery, quality, price or the service of the channel used) and an optional closing.
 * Positive texts use only positive wording, negative texts only negative wording and neutral texts neither, so
 * the planted sentiment is recoverable from the words.
 */
final class FeedbackTexts {

    /** The phrases of one language and sentiment. {@code {item}}, {@code {period}} etc. are filled in. */
    private record Phrases(List<String> openers, List<List<String>> aspects, List<String> serviceByChannel,
                           List<String> closers) {
    }

    private static final Phrases EN_POSITIVE = new Phrases(
            List.of("Really happy with the {item}!", "Love the {item} I bought last {period}.",
                    "The {item} is excellent value for money.", "Great experience buying the {item}.",
                    "Very pleased with my new {item}.", "Fantastic {item}, exactly what I was looking for."),
            List.of(List.of("Delivery was quick and the parcel was packed with care.",
                            "It arrived a day earlier than promised."),
                    List.of("The quality is excellent and it feels built to last.",
                            "Top quality, even better than described."),
                    List.of("Great price compared with other shops.", "The discount made it a real bargain.")),
            List.of("Checkout on the website was quick and easy.", "The staff in the store were friendly and kind.",
                    "The agent on the phone was friendly and sorted everything out in minutes."),
            List.of("Will definitely order again.", "Highly recommend this shop!", "Thank you, keep up the great work!",
                    "Five stars from me.", ""));
    private static final Phrases EN_NEUTRAL = new Phrases(
            List.of("I ordered the {item} last {period}.", "Received the {item} on {weekday}.",
                    "A question about the {item} I bought recently.", "Bought the {item} {channel}."),
            List.of(List.of("Delivery took about {n} days.", "The parcel came in two separate boxes."),
                    List.of("It is as described so far.", "It looks the same as in the photos."),
                    List.of("The price was similar to other shops.", "I paid the regular price.")),
            List.of("I used the website to place the order.", "I picked it up in the store.",
                    "I placed the order over the phone."),
            List.of("Is there an extended warranty for it?", "Please send me the invoice by email.",
                    "Nothing else to add for now.", "Could you tell me when the next model comes out?", ""));
    private static final Phrases EN_NEGATIVE = new Phrases(
            List.of("Very disappointed with the {item}.", "The {item} arrived damaged.",
                    "Terrible experience with my {item} order.", "Unhappy with the {item} I received.",
                    "The {item} was not as described, which is frustrating."),
            List.of(List.of("Delivery was slow and nobody told me about the delay.",
                            "The parcel was two weeks late."),
                    List.of("The quality is poor for the price.", "Poor quality, not worth the money."),
                    List.of("It is overpriced compared with other shops.",
                            "I was charged more than the price shown online.")),
            List.of("The checkout on the website kept failing, which was frustrating.",
                    "The staff in the store were rude and unhelpful.",
                    "I waited forty minutes on the phone and the agent could not help."),
            List.of("I want a refund.", "I expect a refund or a replacement.", "Not ordering from you again.",
                    "Please fix this.", ""));
    private static final Phrases ZH_POSITIVE = new Phrases(
            List.of("{item}收到了，非常满意！", "这次买的{item}很不错，很喜欢。", "{item}质量很好，超出预期。",
                    "第二次买{item}了，一如既往地满意。", "{item}性价比很高，值得购买。"),
            List.of(List.of("物流很快，包装也很仔细。", "比预计早一天就送到了。"),
                    List.of("品质很好，比描述的还要好。", "品质一流，和图片上完全一样。"),
                    List.of("价格实惠，比别家便宜。", "赶上活动，价格很划算。")),
            List.of("网站下单很方便，客服回复也及时。", "门店店员热情周到。", "电话客服耐心专业，几分钟就帮我解决了问题。"),
            List.of("会继续回购的！", "强烈推荐给大家。", "五星好评！", "谢谢！", ""));
    private static final Phrases ZH_NEUTRAL = new Phrases(
            List.of("{period}买了{item}。", "{item}已经收到了。", "想咨询一下关于{item}的问题。", "{channel}购买了{item}。"),
            List.of(List.of("大概{n}天送到。", "包裹分成了两个箱子寄过来。"),
                    List.of("目前看和描述一致。", "外观和图片上的一样。"),
                    List.of("价格和其他店铺差不多。", "是按原价购买的。")),
            List.of("是在网站上下的单。", "是在门店自提的。", "是通过电话下的单。"),
            List.of("请问有延保服务吗？", "麻烦把发票发到我的邮箱。", "暂时没有其他问题。", "请问新款什么时候上市？", ""));
    private static final Phrases ZH_NEGATIVE = new Phrases(
            List.of("对这次买的{item}非常失望。", "{item}收到时外包装破损了。", "{item}的质量很糟糕，完全不能接受。",
                    "{item}和描述严重不符，很失望。", "买的{item}让人很失望。"),
            List.of(List.of("物流太慢了，延迟了也没有任何通知。", "包裹晚到了整整两周。"),
                    List.of("品质很差，根本不值这个价。", "质量很差，和图片完全不一样。"),
                    List.of("价格太贵，比别家贵不少。", "实际扣的钱比页面显示的多，很不合理。")),
            List.of("网站结账一直出错，非常麻烦。", "门店店员态度很差，爱答不理。", "打客服电话等了四十分钟也没人解决。"),
            List.of("要求退款。", "希望尽快退款或者换货。", "以后不会再买了。", "已经投诉了。", ""));

    private static final List<String> EN_PERIODS = List.of("week", "month");
    private static final List<String> ZH_PERIODS = List.of("上周", "上个月");
    private static final List<String> EN_WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> EN_CHANNELS = List.of("on the website", "in the store", "over the phone");
    private static final List<String> ZH_CHANNELS = List.of("在网站上", "在门店", "通过电话");

    String english(Sentiment sentiment, Channel channel, String item, Dice dice) {
        Phrases phrases = switch (sentiment) {
            case POSITIVE -> EN_POSITIVE;
            case NEUTRAL -> EN_NEUTRAL;
            case NEGATIVE -> EN_NEGATIVE;
        };
        String text = compose(phrases, channel, dice, " ");
        return fill(text, item, EN_PERIODS.get(dice.below(2)), EN_WEEKDAYS.get(dice.below(7)),
                EN_CHANNELS.get(channel.ordinal()), dice.between(2, 7));
    }

    String chinese(Sentiment sentiment, Channel channel, String item, Dice dice) {
        Phrases phrases = switch (sentiment) {
            case POSITIVE -> ZH_POSITIVE;
            case NEUTRAL -> ZH_NEUTRAL;
            case NEGATIVE -> ZH_NEGATIVE;
        };
        String text = compose(phrases, channel, dice, "");
        return fill(text, item, ZH_PERIODS.get(dice.below(2)), "", ZH_CHANNELS.get(channel.ordinal()),
                dice.between(2, 7));
    }

    private static String compose(Phrases phrases, Channel channel, Dice dice, String space) {
        String opener = phrases.openers().get(dice.below(phrases.openers().size()));
        int aspect = dice.below(phrases.aspects().size() + 1);
        String middle;
        if (aspect == phrases.aspects().size()) {
            middle = phrases.serviceByChannel().get(channel.ordinal());
        } else {
            List<String> options = phrases.aspects().get(aspect);
            middle = options.get(dice.below(options.size()));
        }
        String closer = phrases.closers().get(dice.below(phrases.closers().size()));
        return opener + space + middle + (closer.isEmpty() ? "" : space + closer);
    }

    private static String fill(String text, String item, String period, String weekday, String channel, int n) {
        return text.replace("{item}", item).replace("{period}", period).replace("{weekday}", weekday)
                .replace("{channel}", channel).replace("{n}", Integer.toString(n));
    }
}
