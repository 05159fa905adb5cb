package org.crmworkbench.present.report;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.data.runs.RepsRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.present.sales.RepsCharts;
import org.crmworkbench.present.sales.RepsWords;
import org.jfree.chart.JFreeChart;

/**
 * A saved sales-team analysis: the league table (rep, region, the raw figure and its rank, the adjusted effect, its
 * 95% interval and the adjusted rank, best adjusted rank first), the caterpillar plot and the raw-against-adjusted
 * rank chart; all drawn again from the stored run.
 */
final class RepsRunItems extends StoredRunItems<RepsRunRecord> {
    /** {@code analysis_runs.kind} of a sales-team analysis (the command line's name too). */
    static final String KIND = RepsRunStore.KIND;
    private static final List<Entry> ENTRIES = List.of(new Entry("league", false, true),
            new Entry("caterpillar", true, true), new Entry("ranks", true, true));

    /** Items of the runs {@code store} reads by id. */
    RepsRunItems(LongFunction<Optional<RepsRunRecord>> store, Messages messages, DataSetWords dataSet) {
        this(store, messages, dataSet, PersonalDataPolicy.masked());
    }

    /** Items of the runs {@code store} reads by id, reps shown as {@code people} says. */
    RepsRunItems(LongFunction<Optional<RepsRunRecord>> store, Messages messages, DataSetWords dataSet,
                 PersonalDataPolicy people) {
        super(KIND, ENTRIES, "sales.report.item.", store, messages, dataSet, people);
    }

    @Override
    ReportItem build(SavedRun saved, RepsRunRecord run, String key) {
        String source = dataSet.of(run.dataSource(), run.startedAt());
        Provenance provenance = provenance(saved, source, run.startedAt() == null ? null
                : run.startedAt().atZone(ZoneOffset.UTC).toLocalDate()).withParameters(settings(run));
        String name = dataSet.shortName(source);
        RepsCharts charts = new RepsCharts(messages, people);
        return switch (key) {
            case "league" -> table(key, messages.get("sales.report.leagueTitle", run.effects().size(), name),
                    provenance, leagueTable(run));
            case "caterpillar" -> titled(key, charts.caterpillar(run), name, provenance);
            case "ranks" -> titled(key, charts.ranks(run), name, provenance);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private ReportItem titled(String key, JFreeChart chart, String name, Provenance provenance) {
        String own = chart.getTitle() == null ? "" : chart.getTitle().getText();
        return chart(key, messages.get("sales.report.titled", own, name), provenance, chart);
    }

    /** The settings that reproduce the run, in one line, as the command line spells them. */
    static String settings(RepsRunRecord run) {
        return "outcome=" + run.outcome() + " adjust_for=" + (run.adjustFor().isEmpty() ? "-"
                : String.join(",", run.adjustFor())) + " season=" + run.season() + " period=" + run.period()
                + " churn_window=" + run.churnWindowDays();
    }

    /**
     * The league table in league order (best adjusted rank first): rep ("R017 Ada Lee"), region, the raw figure, its
     * rank, the adjusted effect, the 95% interval in words and the adjusted rank.
     */
    ReportTable leagueTable(RepsRunRecord run) {
        RepsWords words = new RepsWords(messages, people);
        List<RepsRunRecord.Effect> effects = new ArrayList<>(run.effects());
        effects.sort(java.util.Comparator.comparingInt(RepsRunRecord.Effect::rankAdjusted)
                .thenComparingInt(RepsRunRecord.Effect::rankRaw));
        List<List<Object>> rows = new ArrayList<>();
        for (RepsRunRecord.Effect e : effects) {
            String interval = Double.isFinite(e.lower()) && Double.isFinite(e.upper())
                    ? messages.get("sales.report.interval", e.lower(), e.upper()) : "";
            rows.add(Arrays.asList(words.rep(e.repId(), e.name()), e.region(), cell(e.rawValue()), e.rankRaw(),
                    cell(e.effect()), interval, e.rankAdjusted()));
        }
        return new ReportTable(List.of(messages.get("sales.report.col.rep"), messages.get("sales.report.col.region"),
                messages.get("sales.report.col.raw", words.raw(run.outcome())),
                messages.get("sales.report.col.rankRaw"), messages.get("sales.report.col.effect"),
                messages.get("sales.report.col.interval"), messages.get("sales.report.col.rankAdjusted")), rows);
    }
}
