package org.crmworkbench.present.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.crmworkbench.analysis.recommend.ColdStart;
import org.crmworkbench.analysis.recommend.CrossSellRules;
import org.crmworkbench.analysis.recommend.Evidence;
import org.crmworkbench.analysis.recommend.EvidenceKind;
import org.crmworkbench.analysis.recommend.Explanation;
import org.crmworkbench.analysis.recommend.ProductTerms;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommendationSource;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.Product;

/**
 * Puts recommendations into words for an analyst: why a product was suggested ("Similar to Threadline Denim Jeans
 * you rated 5 (similarity 0.62) and 2 more"), the method that suggested it and the cold-start reason. Every text
 * comes from the message bundle, so it reads in the analyst's language.
 */
public final class RecommendationWording {
    private final Messages messages;

    public RecommendationWording(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public Messages messages() {
        return messages;
    }

    /** The method's name ("item-kNN", "Content-based"). */
    public String algorithm(RecommenderAlgorithm algorithm) {
        return messages.get("recommend.algorithm." + algorithm.cliName());
    }

    /** The name of the source that produced a recommendation. */
    public String source(RecommendationSource source) {
        return messages.get("recommend.source." + key(source.name()));
    }

    /** The cold-start reason in a few words, or "" when there is none. */
    public String coldStart(ColdStart reason) {
        return reason == ColdStart.NONE ? "" : messages.get("recommend.coldStart." + key(reason.name()));
    }

    /**
     * The whole explanation in one line: the cold-start fallback first when one applied, then a sentence per kind
     * of evidence, strongest kind first.
     */
    public String explain(Explanation explanation, RecommendationCorpus corpus) {
        List<String> parts = new ArrayList<>();
        if (explanation.coldStart() != ColdStart.NONE) {
            parts.add(fallback(explanation));
        }
        List<EvidenceKind> kinds = new ArrayList<>();
        for (Evidence e : explanation.evidence()) {
            if (!kinds.contains(e.kind())) {
                kinds.add(e.kind());
            }
        }
        for (EvidenceKind kind : kinds) {
            List<Evidence> same = explanation.evidence().stream().filter(e -> e.kind() == kind).toList();
            String sentence = kind == EvidenceKind.TOO_FEW_NEIGHBOURS ? tooFew(explanation.source(), same.get(0))
                    : sentence(kind, same, corpus);
            if (!sentence.isEmpty()) {
                parts.add(sentence);
            }
        }
        if (parts.isEmpty()) {
            parts.add(messages.get("recommend.explain.none", source(explanation.source())));
        }
        String text = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            text = messages.get("recommend.explain.join", text, parts.get(i));
        }
        return text;
    }

    /**
     * Every piece of evidence on a line of its own, with its similarity and rating: the similar products the
     * customer rated or bought, the neighbours who rated the product, the shared words. Popularity and bias, which
     * {@link #explain} already states in full, give no line.
     */
    public List<String> evidenceLines(Explanation explanation, RecommendationCorpus corpus) {
        List<String> lines = new ArrayList<>();
        for (Evidence e : explanation.evidence()) {
            switch (e.kind()) {
                case RATED_ITEM -> lines.add(messages.get("recommend.evidence.ratedItem",
                        productName(corpus, e.index()), e.value(), e.similarity()));
                case PURCHASED_ITEM -> lines.add(messages.get("recommend.evidence.purchasedItem",
                        productName(corpus, e.index()), e.value(), e.similarity()));
                case NEIGHBOUR -> lines.add(messages.get("recommend.evidence.neighbour", customerName(corpus,
                        e.index()), e.value(), e.similarity()));
                case SHARED_TERM -> lines.add(messages.get("recommend.evidence.term", readable(e.term()),
                        e.similarity()));
                default -> {
                    // stated whole by explain()
                }
            }
        }
        return lines;
    }

    private static String customerName(RecommendationCorpus corpus, int user) {
        if (corpus == null || user < 0 || user >= corpus.data().customers().size()) {
            return "#" + user;
        }
        var c = corpus.customer(user);
        return c.name().isBlank() ? c.externalId() : c.name() + " (" + c.externalId() + ")";
    }

    /** "New customer: shown the most popular products". */
    private String fallback(Explanation explanation) {
        String what = switch (explanation.source()) {
            case POPULARITY -> messages.get("recommend.fallback.popularity");
            case CONTENT -> messages.get("recommend.fallback.content");
            default -> messages.get("recommend.fallback.other", source(explanation.source()));
        };
        return messages.get("recommend.explain.coldStart", coldStart(explanation.coldStart()), what);
    }

    /** A term as the shop wrote it: without the category or tag marker the content model keeps them apart with. */
    static String readable(String term) {
        for (String prefix : List.of(ProductTerms.CATEGORY_PREFIX, ProductTerms.TAG_PREFIX)) {
            if (term.startsWith(prefix)) {
                return term.substring(prefix.length());
            }
        }
        return term;
    }

    private String sentence(EvidenceKind kind, List<Evidence> evidence, RecommendationCorpus corpus) {
        Evidence first = evidence.get(0);
        int more = evidence.size() - 1;
        String sentence = switch (kind) {
            case RATED_ITEM -> messages.get("recommend.explain.ratedItem", productName(corpus, first.index()),
                    first.value(), first.similarity());
            case PURCHASED_ITEM -> messages.get("recommend.explain.purchasedItem", productName(corpus, first.index()),
                    first.value(), first.similarity());
            case NEIGHBOUR -> neighbours(evidence);
            case SHARED_TERM -> messages.get("recommend.explain.terms", String.join(", ",
                    evidence.stream().map(e -> readable(e.term())).distinct().toList()));
            case POPULARITY -> Double.isNaN(first.similarity())
                    ? messages.get("recommend.explain.buyers", first.value())
                    : messages.get("recommend.explain.popular", first.value(), first.similarity());
            case ITEM_BIAS -> messages.get(first.value() >= 0 ? "recommend.explain.biasUp"
                    : "recommend.explain.biasDown", Math.abs(first.value()));
            case BOUGHT_TOGETHER -> messages.get("recommend.explain.boughtTogether", products(corpus, first.items()),
                    first.similarity(), first.value());
            case TOO_FEW_NEIGHBOURS -> tooFew(RecommendationSource.ITEM_KNN, first);
        };
        boolean countsMore = kind == EvidenceKind.RATED_ITEM || kind == EvidenceKind.PURCHASED_ITEM;
        return countsMore && more > 0 ? messages.get("recommend.explain.more", sentence, more) : sentence;
    }

    /**
     * "Too few similar products you rated (1 of the 2 needed): predicted from the average and the biases, 3.8 stars";
     * customers instead of products for user-kNN.
     */
    private String tooFew(RecommendationSource source, Evidence e) {
        String key = source == RecommendationSource.USER_KNN ? "recommend.explain.tooFewCustomers"
                : "recommend.explain.tooFewProducts";
        return messages.get(key, e.index(), e.similarity(), e.value());
    }

    /** A bought-together rule as a sentence: who bought what also bought what, with confidence and lift. */
    public String rule(CrossSellRules.Rule rule, RecommendationCorpus corpus) {
        return messages.get("basket.rule.sentence", products(corpus, java.util.Arrays.stream(rule.antecedent())
                .boxed().toList()), productName(corpus, rule.consequent()), rule.confidence(), rule.lift());
    }

    /** Products named in a list as a reader says it: "A", "A and B", "A, B and C". */
    public String products(RecommendationCorpus corpus, List<Integer> items) {
        List<String> names = items.stream().map(i -> productName(corpus, i)).toList();
        if (names.isEmpty()) {
            return "";
        }
        String text = names.get(0);
        for (int i = 1; i < names.size(); i++) {
            text = messages.get(i == names.size() - 1 ? "recommend.list.last" : "recommend.list.next", text,
                    names.get(i));
        }
        return text;
    }

    private String neighbours(List<Evidence> evidence) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        double weighted = 0;
        double weights = 0;
        double plain = 0;
        for (Evidence e : evidence) {
            low = Math.min(low, e.similarity());
            high = Math.max(high, e.similarity());
            weighted += Math.abs(e.similarity()) * e.value();
            weights += Math.abs(e.similarity());
            plain += e.value();
        }
        double mean = weights > 0 ? weighted / weights : plain / evidence.size();
        if (evidence.size() == 1) {
            return messages.get("recommend.explain.neighbour", low, mean);
        }
        return messages.get("recommend.explain.neighbours", evidence.size(), low, high, mean);
    }

    private String productName(RecommendationCorpus corpus, int item) {
        if (corpus == null || item < 0 || item >= corpus.data().products().size()) {
            return "#" + item;
        }
        return productLabel(corpus.product(item));
    }

    /** A product as a person reads it: its name, else the shop's id. */
    public static String productLabel(Product p) {
        return p.name().isBlank() ? p.externalId() : p.name();
    }

    private static String key(String enumName) {
        String[] words = enumName.toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }
}
