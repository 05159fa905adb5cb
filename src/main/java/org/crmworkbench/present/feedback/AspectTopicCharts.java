package org.crmworkbench.present.feedback;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The aspect and topic charts of {@link FeedbackCharts}.
 *
 * <p>Aspects: one dataset, rows negative then positive (in words), columns "aspect (mentions)" or, when the run has
 * aspects in English and in Chinese, "aspect · language (mentions)"; values the share of mentions with that label,
 * the negative share as a negative number, so the bars diverge from 0 (the rest of a bar's 100% is neutral).
 * Topics: one dataset, one row (texts), columns the topics' names ({@link FeedbackWords#topic}) in the run's order;
 * each bar coloured by its mean score ({@link SentimentColours#ofScore}).
 */
final class AspectTopicCharts {
    private static final Shape SWATCH = new Rectangle(-6, -6, 12, 12);

    private final Messages messages;
    private final ChartStyle style;
    private final FeedbackWords words;

    AspectTopicCharts(Messages messages, ChartStyle style, FeedbackWords words) {
        this.messages = messages;
        this.style = style;
        this.words = words;
    }

    /**
     * The aspect rows a chart shows: per language when the run has aspect rows of more than one language, else the
     * rows for all languages (language null), else whatever rows there are.
     */
    static List<FeedbackRunRecord.AspectRow> shownAspects(FeedbackRunRecord run) {
        Set<String> languages = new LinkedHashSet<>();
        for (FeedbackRunRecord.AspectRow a : run.aspects()) {
            if (a.language() != null && a.counts().total() > 0) {
                languages.add(a.language());
            }
        }
        List<FeedbackRunRecord.AspectRow> all = run.aspects().stream().filter(a -> a.language() == null).toList();
        if (languages.size() > 1 || all.isEmpty()) {
            List<FeedbackRunRecord.AspectRow> byLanguage = new ArrayList<>();
            // aspects in the run's order, each aspect's languages together
            for (String aspect : run.aspects().stream().map(FeedbackRunRecord.AspectRow::aspect).distinct()
                    .toList()) {
                for (FeedbackRunRecord.AspectRow a : run.aspects()) {
                    if (a.aspect().equals(aspect) && a.language() != null && a.counts().total() > 0) {
                        byLanguage.add(a);
                    }
                }
            }
            return byLanguage;
        }
        return all;
    }

    JFreeChart aspects(FeedbackRunRecord run) {
        List<FeedbackRunRecord.AspectRow> rows = shownAspects(run);
        boolean byLanguage = rows.stream().anyMatch(a -> a.language() != null)
                && rows.stream().map(FeedbackRunRecord.AspectRow::language).distinct().count() > 1;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String negative = words.label("negative");
        String positive = words.label("positive");
        int mentions = 0;
        for (FeedbackRunRecord.AspectRow a : rows) {
            FeedbackRunRecord.Counts c = a.counts();
            String name = byLanguage ? messages.get("feedback.chart.aspectLanguage", words.aspect(a.aspect()),
                    words.language(a.language())) : words.aspect(a.aspect());
            String column = messages.get("feedback.chart.valueWithTexts", name, c.total());
            double total = c.total();
            data.addValue(total == 0 ? 0 : -c.negative() / total, negative, column);
            data.addValue(total == 0 ? 0 : c.positive() / total, positive, column);
            mentions += c.total();
        }
        CategoryAxis aspects = new CategoryAxis(messages.get("feedback.chart.aspectAxis"));
        aspects.setMaximumCategoryLabelWidthRatio(0.34f);
        aspects.setCategoryMargin(0.3);
        NumberAxis share = new NumberAxis(messages.get("feedback.chart.aspectShareAxis"));
        // room beyond 100% for the share written at a full bar's end; ticks stay within -100% .. 100%
        share.setRange(-1.18, 1.18);
        share.setTickUnit(new NumberTickUnit(0.25));
        share.setNumberFormatOverride(new AbsolutePercent(messages.locale()));
        StackedBarRenderer bars = new StackedBarRenderer(false);
        bars.setAutoPopulateSeriesPaint(false);
        bars.setSeriesPaint(0, SentimentColours.NEGATIVE);
        bars.setSeriesPaint(1, SentimentColours.POSITIVE);
        bars.setDrawBarOutline(false);
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.1);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new AbsolutePercent(messages.locale())) {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset d, int row, int column) {
                Number v = d.getValue(row, column);
                return v == null || v.doubleValue() == 0 ? null : super.generateLabel(d, row, column);
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9,
                TextAnchor.CENTER_RIGHT));
        bars.setItemLabelAnchorOffset(3);
        bars.setDefaultToolTipGenerator(new SentimentTips((d, row, column) -> messages.get(
                "feedback.chart.aspectTip",
                d.getColumnKey(column), d.getRowKey(row), Math.abs(d.getValue(row, column).doubleValue()))));
        CategoryPlot plot = new CategoryPlot(data, aspects, share, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.AXIS, new BasicStroke(1f)), Layer.FOREGROUND);
        plot.setNoDataMessage(messages.get("feedback.chart.noAspects"));
        JFreeChart chart = new JFreeChart(messages.get("feedback.chart.aspectsTitle"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        chart.addSubtitle(new TextTitle(messages.get("feedback.chart.aspectsNote", mentions)));
        style.apply(chart);
        bars.setDefaultItemLabelFont(new Font(style.familyFor(chart), Font.PLAIN, ChartStyle.SMALL_SIZE));
        return chart;
    }

    JFreeChart topics(FeedbackRunRecord run) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String texts = messages.get("feedback.chart.topicTexts");
        List<Double> means = new ArrayList<>();
        int total = 0;
        for (FeedbackRunRecord.TopicRow t : run.topics()) {
            data.addValue(t.counts().total(), texts, words.topic(t));
            means.add(t.counts().meanScore());
            total += t.counts().total();
        }
        CategoryAxis topics = new CategoryAxis(messages.get("feedback.chart.topicAxis"));
        topics.setMaximumCategoryLabelWidthRatio(0.42f);
        topics.setCategoryMargin(0.25);
        topics.setLowerMargin(0.02);
        topics.setUpperMargin(0.02);
        NumberAxis count = new NumberAxis(messages.get("feedback.chart.textsAxis"));
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setUpperMargin(0.3);
        BarRenderer bars = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return SentimentColours.ofScore(column < means.size() ? means.get(column) : Double.NaN);
            }
        };
        bars.setDrawBarOutline(false);
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.09);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset d, int row, int column) {
                double mean = column < means.size() ? means.get(column) : Double.NaN;
                return Double.isFinite(mean) ? messages.get("feedback.chart.topicLabel", d.getValue(row, column),
                        mean) : String.valueOf(d.getValue(row, column));
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(4);
        bars.setDefaultToolTipGenerator(new SentimentTips((d, row, column) -> messages.get(
                "feedback.chart.topicTip",
                d.getColumnKey(column), d.getValue(row, column), means.get(column))));
        CategoryPlot plot = new CategoryPlot(data, topics, count, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage(messages.get("feedback.chart.noTopics"));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(swatch(messages.get("feedback.chart.meanNegative"), SentimentColours.NEGATIVE));
        legend.add(swatch(messages.get("feedback.chart.meanNeutral"), SentimentColours.NEUTRAL));
        legend.add(swatch(messages.get("feedback.chart.meanPositive"), SentimentColours.POSITIVE));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(messages.get("feedback.chart.topicsTitle"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        chart.addSubtitle(new TextTitle(messages.get("feedback.chart.topicsNote", run.topics().size(), total)));
        style.apply(chart);
        bars.setDefaultItemLabelFont(new Font(style.familyFor(chart), Font.PLAIN, ChartStyle.SMALL_SIZE));
        return chart;
    }

    private static LegendItem swatch(String label, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null, SWATCH, colour);
        item.setFillPaint(colour);
        return item;
    }

    /** Shares as percentages without their sign: the negative side of the aspect chart reads "30%", not "-30%". */
    static final class AbsolutePercent extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final DecimalFormat percent;

        AbsolutePercent(Locale locale) {
            this.percent = (DecimalFormat) NumberFormat.getPercentInstance(locale);
        }

        @Override
        public StringBuffer format(double number, StringBuffer into, FieldPosition pos) {
            return percent.format(Math.abs(number), into, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer into, FieldPosition pos) {
            return percent.format(Math.abs(number), into, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return percent.parse(source, pos);
        }
    }
}
