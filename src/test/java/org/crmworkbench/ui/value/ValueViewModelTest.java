package org.crmworkbench.ui.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.value.PeriodUnit;
import org.crmworkbench.model.Purchase;
import org.crmworkbench.analysis.value.PurchaseModelKind;
import org.crmworkbench.model.PurchaseSpan;
import org.crmworkbench.analysis.value.ValueSettings;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.crmworkbench.work.BadParameterException;
import org.junit.jupiter.api.Test;

/** The Value workspace's state and settings without a fit: jobs run on the test's thread. */
class ValueViewModelTest {
    private final Messages english = Messages.english();
    private final Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);

    private ValueViewModel model() {
        return new ValueViewModel(new DataSession(), new SameThreadJobRunner(), Runnable::run, () -> english);
    }

    private static PurchaseSpan span(LocalDate first, LocalDate last) {
        return new PurchaseSpan(first, last, 10, 40);
    }

    @Test
    void theHoldoutIsTheLastThirdOfTheSpanAtMostThirtyNineWeeks() {
        ValueSettingsForm form = new ValueSettingsForm();
        // 300 days: a third is 100 days
        form.propose(span(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 10, 27)));
        assertEquals(LocalDate.of(2024, 7, 19), form.calibrationEndProperty().get());
        assertEquals(LocalDate.of(2024, 10, 27), form.holdoutEndProperty().get());
        assertTrue(form.holdoutProperty().get());
        assertEquals(LocalDate.of(2024, 1, 1).plusDays(200 / 2), form.migrationFromProperty().get(),
                "a year before the calibration end lies before the data: the middle of the calibration window");

        // CDNOW-like: 78 weeks; a third would be 26 weeks; three years: capped at 39 weeks
        form.propose(span(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31)));
        assertEquals(LocalDate.of(2023, 12, 31).minusDays(273), form.calibrationEndProperty().get());
        assertNull(form.migrationFromProperty().get(), "a year before the calibration end: the default");
        ValueSettings settings = form.settings();
        assertEquals(LocalDate.of(2023, 4, 2), settings.calibrationEnd());
        assertEquals(LocalDate.of(2023, 12, 31), settings.holdoutEnd());
        assertEquals(LocalDate.of(2022, 4, 2), settings.migrationFrom());
    }

    @Test
    void aOneDaySpanHasNoHoldout() {
        ValueSettingsForm form = new ValueSettingsForm();
        form.propose(span(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2)));
        assertFalse(form.holdoutProperty().get());
        assertEquals(LocalDate.of(2024, 3, 2), form.calibrationEndProperty().get());
        form.migrationFromProperty().set(LocalDate.of(2024, 3, 1));
        assertNull(form.settings().holdoutEnd());
    }

    @Test
    void theAnalystsCutPointsReachTheSettingsAndBadOnesAreNamed() {
        ValueSettingsForm form = new ValueSettingsForm();
        form.calibrationEndProperty().set(LocalDate.of(2024, 6, 30));
        form.holdoutProperty().set(false);
        assertNull(form.settings().rfm().recencyCuts(), "blank: quantile bins");
        form.recencyCutsProperty().set("30, 90，180, 365");
        assertArrayEquals(new double[] {30, 90, 180, 365}, form.settings().rfm().recencyCuts(), 0);
        form.frequencyCutsProperty().set("2, 5");
        assertEquals("frequency-cuts", assertThrows(BadParameterException.class, form::settings).parameter());
        form.frequencyCutsProperty().set("");
        form.monetaryCutsProperty().set("10, ten, 30, 40");
        assertEquals("monetary-cuts", assertThrows(BadParameterException.class, form::settings).parameter());
    }

    @Test
    void theFormsDefaultsAreTheAnalysisDefaults() {
        ValueSettingsForm form = new ValueSettingsForm();
        form.calibrationEndProperty().set(LocalDate.of(2024, 6, 30));
        form.holdoutEndProperty().set(LocalDate.of(2024, 12, 31));
        ValueSettings expected = ValueSettings.defaults(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));
        ValueSettings got = form.settings();
        assertEquals(expected.unit(), got.unit());
        assertEquals(expected.model(), got.model());
        assertEquals(expected.compareModels(), got.compareModels());
        assertEquals(expected.clv(), got.clv());
        assertEquals(expected.rfm().bins(), got.rfm().bins());
        assertEquals(expected.lifecycle(), got.lifecycle());
        assertEquals(expected.migrationFrom(), got.migrationFrom());
    }

    @Test
    void aNewUnitKeepsTheHorizonsLengthInTime() {
        ValueSettingsForm form = new ValueSettingsForm();
        assertEquals(52, form.horizonProperty().get());
        form.unitProperty().set(PeriodUnit.MONTH);
        assertEquals(12, form.horizonProperty().get(), "52 weeks are 12 months (11.96)");
        form.unitProperty().set(PeriodUnit.DAY);
        assertEquals(365, form.horizonProperty().get());
        form.unitProperty().set(PeriodUnit.WEEK);
        assertEquals(52, form.horizonProperty().get());
    }

    @Test
    void badSettingsAreNamedByTheirParameter() {
        ValueSettingsForm form = new ValueSettingsForm();
        BadParameterException none = assertThrows(BadParameterException.class, form::settings);
        assertEquals("calibration-end", none.parameter());

        form.calibrationEndProperty().set(LocalDate.of(2024, 6, 30));
        form.holdoutEndProperty().set(null);
        assertEquals("holdout-end", assertThrows(BadParameterException.class, form::settings).parameter());
        form.holdoutEndProperty().set(LocalDate.of(2024, 6, 1));
        assertEquals("holdout-end", assertThrows(BadParameterException.class, form::settings).parameter());
        form.holdoutProperty().set(false);
        assertNull(form.settings().holdoutEnd(), "an unticked holdout is none, whatever its date");

        form.lapsedDaysProperty().set(100);
        assertEquals("lapsed-days", assertThrows(BadParameterException.class, form::settings).parameter());
        form.lapsedDaysProperty().set(365);
        form.lostAliveProperty().set(0.8);
        assertEquals("lost-alive", assertThrows(BadParameterException.class, form::settings).parameter());
        form.lostAliveProperty().set(0.1);
        form.migrationFromProperty().set(LocalDate.of(2024, 7, 1));
        assertEquals("migration-from", assertThrows(BadParameterException.class, form::settings).parameter());
    }

    @Test
    void withoutADatabaseTheWorkspaceWaitsAndRunsNothing() {
        ValueViewModel model = model();
        assertEquals(ValueSource.Phase.WAITING_FOR_DATA, model.source().phaseProperty().get());
        assertEquals(english.get("value.ws.data.waiting"), model.dataTextProperty().get());
        model.fit();
        model.revalue();
        model.save();
        assertNull(model.resultProperty().get());
        assertNull(model.drawingProperty().get());
        assertNull(model.noticeProperty().get());
        assertFalse(model.runningProperty().get());
        assertTrue(model.customers().isEmpty());
        assertEquals(6, model.stageNames().size(), "one migration column per lifecycle stage");

        model.source().kindProperty().set(ValueSource.Kind.FILE);
        assertEquals(english.get("value.ws.data.chooseFile"), model.dataTextProperty().get());
    }

    @Test
    void aBadSettingIsANoticeInTheReadersLanguage() {
        ValueViewModel model = model();
        assertNull(model.currentSettings());
        assertEquals("Could not fit: calibration-end: choose the calibration end date",
                model.noticeProperty().get().text(english));

        ValueViewModel inChinese = new ValueViewModel(new DataSession(), new SameThreadJobRunner(), Runnable::run,
                () -> chinese);
        assertNull(inChinese.currentSettings());
        assertEquals("无法拟合：calibration-end: 请选择校准期结束日期", inChinese.noticeProperty().get().text(chinese));
    }

    @Test
    void theChoicesFollowTheFormAndTheFormFollowsTheChoices() {
        ValueViewModel model = model();
        ValueChoices choices = model.choices();
        assertEquals(List.of("Days", "Weeks", "Months"), choices.units().stream().map(ValueOption::label).toList());
        assertEquals("Weeks", choices.unitProperty().get().label());
        choices.unitProperty().set(choices.units().get(2));
        assertEquals(PeriodUnit.MONTH, model.form().unitProperty().get());
        model.form().modelProperty().set(PurchaseModelKind.PNBD);
        assertEquals("Pareto/NBD", choices.modelProperty().get().label());
        choices.relabel(chinese);
        assertEquals("月", choices.unitProperty().get().label(), "the choice is kept in the new language");
        assertEquals(PurchaseModelKind.PNBD, choices.modelProperty().get().value());
    }

    @Test
    void aFilesSpanIsMeasuredFromItsPurchases() {
        PurchaseSpan span = ValueSource.span(List.of(new Purchase("a", LocalDate.of(2024, 5, 2), 10),
                new Purchase("b", LocalDate.of(2024, 1, 9), 5), new Purchase("a", LocalDate.of(2024, 3, 1), 7)));
        assertEquals(new PurchaseSpan(LocalDate.of(2024, 1, 9), LocalDate.of(2024, 5, 2), 2, 3), span);
    }

    @Test
    void theSegmentRulesAreWrittenFromTheScoringRules() {
        ValueLabels labels = new ValueLabels(english);
        assertEquals("1. R 4\u20135 and FM 4\u20135", labels.rule(org.crmworkbench.analysis.value.RfmSegment.CHAMPIONS, 5));
        assertEquals("4. R 3\u20135, any FM", labels.rule(org.crmworkbench.analysis.value.RfmSegment.POTENTIAL, 5));
        assertEquals("3. R 4\u20135 and FM 1\u20131.5", labels.rule(org.crmworkbench.analysis.value.RfmSegment.NEW, 5));
        assertEquals("8. everyone else", labels.rule(org.crmworkbench.analysis.value.RfmSegment.LOST, 5));
        assertEquals("1. R 7\u201310 and FM 7.75\u201310", labels.rule(org.crmworkbench.analysis.value.RfmSegment.CHAMPIONS, 10),
                "ten bins: the bounds scale");
        assertEquals("1. R 4\u20135 且 FM 4\u20135", new ValueLabels(chinese).rule(
                org.crmworkbench.analysis.value.RfmSegment.CHAMPIONS, 5));
    }

    @Test
    void ratesAreShownAndTypedInPercent() {
        PercentText percent = new PercentText(Locale.ENGLISH);
        assertEquals("10%", percent.toString(0.10));
        assertEquals("12.5%", percent.toString(0.125));
        assertEquals(0.125, percent.fromString("12.5 %"), 1e-12);
        assertEquals(0.07, percent.fromString("7"), 1e-12);
        assertNull(percent.fromString("ten"));
        assertEquals(0.125, new PercentText(Locale.GERMANY).fromString("12,5 %"), 1e-12);
    }
}
