package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.model.KnowledgeEntry;

/** A tiny English and Chinese shop knowledge base: three intents and out-of-scope examples. */
final class ShopKnowledge {
    static final String OOS = AssistantSettings.DEFAULT_OOS_LABEL;
    static final String DELIVERY_EN = "Orders arrive in 3 to 5 working days.";
    static final String DELIVERY_ZH = "订单 3 到 5 个工作日送达。";
    static final String REFUND_EN = "Refunds reach your card within 7 days of the return.";
    static final String PASSWORD_EN = "Use 'Forgot password' on the sign-in page.";

    private ShopKnowledge() {
    }

    static List<KnowledgeEntry> entries() {
        List<KnowledgeEntry> rows = new ArrayList<>();
        add(rows, "delivery_time", DELIVERY_EN, "en", "when will my order arrive", "how long does delivery take",
                "delivery time for my parcel", "when does my package arrive");
        add(rows, "delivery_time", DELIVERY_ZH, "zh", "我的订单什么时候到", "快递要多久送到");
        add(rows, "refund", REFUND_EN, "en", "how do I get a refund", "refund my money please",
                "I want my money back", "return an item and get a refund");
        add(rows, "refund", null, "zh", "怎么退款", "我要退钱");
        add(rows, "password", PASSWORD_EN, "en", "I forgot my password", "reset my password",
                "cannot sign in to my account", "change my account password");
        add(rows, "password", null, "zh", "忘记密码了", "怎么重置密码");
        add(rows, OOS, null, null, "what is the weather today", "tell me a joke", "who won the football game",
                "今天天气怎么样");
        return rows;
    }

    private static void add(List<KnowledgeEntry> rows, String intent, String answer, String language,
                            String... questions) {
        for (String question : questions) {
            rows.add(new KnowledgeEntry(question, intent, answer, language));
        }
    }
}
