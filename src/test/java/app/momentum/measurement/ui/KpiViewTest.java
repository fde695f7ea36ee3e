package app.momentum.measurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.brand.TenantDefaults;
import app.momentum.base.ui.chart.EChart;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyLookup.JourneyRef;
import app.momentum.journey.JourneyLookup.MomentRef;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Phase;
import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.KpiScope;
import app.momentum.measurement.KpiService;
import app.momentum.measurement.KpiService.CatalogueEntry;
import app.momentum.measurement.Period;
import app.momentum.measurement.kpiimport.KpiImportExample;
import app.momentum.measurement.internal.KpiMeasurementRepository;
import app.momentum.measurement.PeriodType;
import app.momentum.measurement.StandardKpi;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The KPI page: the catalogue in the user's language, recording values, refused values, read-only roles. */
@SpringBootTest
class KpiViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired TenantDefaults tenantDefaults;
    @Autowired KpiMeasurementRepository measurements;
    @Autowired KpiService kpiService;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired TransactionTemplate transaction;

    TestTenant tenant;

    @BeforeEach
    void aTenantWithItsStandardKpis() {
        tenant = fixture.create("kpi-view");
        tenant.loginAs(Role.CX_MANAGER);
        transaction.executeWithoutResult(status -> tenantDefaults.apply(Locale.ENGLISH));
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void showsTheEightStandardKpisInTheUsersLanguage() {
        KpiView view = navigate(KpiView.class);
        assertThat(names(view)).containsExactly("Net Promoter Score (NPS)", "Customer satisfaction (CSAT)",
                "Customer effort score (CES)", "Customer experience index (CXi)", "Customer retention", "Churn",
                "Cross-sell ratio", "Customer lifetime value (CLV)");
        assertThat($(Paragraph.class, view).id("kpis-select-hint").getText()).isEqualTo("Select a KPI to see its values and targets.");

        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        KpiView dutch = navigate(KpiView.class);
        assertThat(names(dutch)).containsExactly("NPS", "CSAT", "CES", "CXi", "Klantbehoud", "Klantverloop",
                "Cross-sell-ratio", "Klantwaarde (CLV)");
    }

    @Test
    void recordsAValueForNpsAndShowsItInTheValuesGrid() {
        KpiView view = navigate(KpiView.class);
        selectNps(view);
        assertThat($(Paragraph.class, view).id("kpis-no-values").getText()).isEqualTo("No values yet — record the first one.");

        recordNps(view, new BigDecimal("42"));

        @SuppressWarnings("unchecked")
        Grid<Object> values = $(Grid.class, view).id("kpis-values");
        assertThat(test(values).size()).isEqualTo(1);
        assertThat(test(values).getCellText(0, 0)).isEqualTo("Q3 2026");
        assertThat(test(values).getCellText(0, 1)).isEqualTo("42");
        assertThat(test(values).getCellText(0, 4)).isEqualTo("250");
        assertThat(test(values).getCellText(0, 5)).isEqualTo("Entered by hand");
        assertThat($(Paragraph.class, view).withId("kpis-no-values").exists()).isFalse();
        assertThat(measurements.count()).isPositive();
    }

    @Test
    void anOutOfScaleValueIsExplainedOnTheFieldAndNothingIsStored() {
        KpiView view = navigate(KpiView.class);
        selectNps(view);
        long before = measurements.count();

        recordNps(view, new BigDecimal("150"));

        BigDecimalField value = $(BigDecimalField.class).id("kpis-value");
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("Enter a value on the scale of this KPI, from -100 to 100.");
        assertThat(measurements.count()).isEqualTo(before);
    }

    // --- the period picker -------------------------------------------------------------------------------

    @Test
    void thePeriodPickerStartsAtTheCurrentQuarterAndKeepsTheTimeWhenSwitchingToMonths() {
        KpiView view = navigate(KpiView.class);
        selectNps(view);
        test($(Button.class, view).id("kpis-set-target")).click();
        PeriodPicker picker = $(PeriodPicker.class).id("kpis-period");
        LocalDate today = LocalDate.now();
        assertThat(picker.getValue()).isEqualTo(Period.containing(PeriodType.QUARTER, today));
        assertThat(picker.quarterSelect().isVisible()).isTrue();
        assertThat(picker.monthSelect().isVisible()).isFalse();

        select("period-quarter").setValue(3);
        select("period-type").setValue(PeriodType.MONTH);
        assertThat(picker.getValue()).isEqualTo(Period.month(today.getYear(), 7));
        assertThat(picker.monthSelect().isVisible()).isTrue();
        assertThat(picker.quarterSelect().isVisible()).isFalse();
        select("period-month").setValue(11);
        select("period-type").setValue(PeriodType.QUARTER);
        assertThat(picker.getValue()).isEqualTo(Period.quarter(today.getYear(), 4));
        assertThat(picker.monthSelect().getItemLabelGenerator().apply(3)).isEqualTo("March");
        assertThat(picker.getErrorMessage()).isNullOrEmpty();
    }

    @Test
    void aTargetForAMonthIsSetAndLabelledNaturallyInBothLanguages() {
        KpiView view = navigate(KpiView.class);
        selectNps(view);
        test($(Button.class, view).id("kpis-set-target")).click();
        select("period-type").setValue(PeriodType.MONTH);
        select("period-month").setValue(3);
        select("period-year").setValue(2026);
        $(BigDecimalField.class).id("kpis-value").setValue(new BigDecimal("35"));
        test($(Button.class).id("editor-save")).click();

        Kpi nps = kpiService.list().getFirst();
        assertThat(kpiService.series(nps.getId()).targets()).singleElement()
                .satisfies(t -> assertThat(new Period(t.getPeriodType(), t.getPeriodStart())).isEqualTo(Period.month(2026, 3)));
        kpiService.record(nps.getId(), PeriodType.MONTH, LocalDate.of(2026, 3, 1), new BigDecimal("7.5"), null, null);
        kpiService.record(nps.getId(), PeriodType.QUARTER, LocalDate.of(2026, 1, 1), BigDecimal.ONE, null, null);

        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        navigate("", Component.class); // Vaadin keeps a page navigated to itself: open it afresh from another
        KpiView dutch = navigate(KpiView.class);
        selectNps(dutch);
        @SuppressWarnings("unchecked")
        Grid<Object> values = $(Grid.class, dutch).id("kpis-values");
        assertThat(test(values).getCellText(0, 0)).isEqualTo("K1 2026");
        assertThat(test(values).getCellText(1, 0)).isEqualTo("mrt 2026");
        assertThat(test(values).getCellText(1, 1)).isEqualTo("7,5");
        test($(Button.class, dutch).id("kpis-record")).click();
        PeriodPicker picker = $(PeriodPicker.class).id("kpis-period");
        assertThat(picker.getLabel()).isEqualTo("Periode");
        assertThat(picker.monthSelect().getItemLabelGenerator().apply(3)).isEqualTo("maart");
        Select<Integer> quarter = select("period-quarter");
        assertThat(quarter.getItemLabelGenerator().apply(2)).isEqualTo("K2");
    }

    // --- the trend -----------------------------------------------------------------------------------------

    @Test
    void theTrendIsShownAndColouredByWhetherHigherIsBetter() {
        Kpi nps = kpiService.list().getFirst();
        kpiService.record(nps.getId(), PeriodType.MONTH, LocalDate.of(2026, 1, 1), new BigDecimal("20"), null, null);
        kpiService.record(nps.getId(), PeriodType.MONTH, LocalDate.of(2026, 2, 1), new BigDecimal("22.5"), null, null);
        Kpi churn = kpiService.list().stream().filter(k -> k.getStandardCode() == StandardKpi.CHURN).findFirst().orElseThrow();
        kpiService.record(churn.getId(), PeriodType.QUARTER, LocalDate.of(2026, 1, 1), new BigDecimal("4"), null, null);
        kpiService.record(churn.getId(), PeriodType.QUARTER, LocalDate.of(2026, 4, 1), new BigDecimal("5"), null, null);

        KpiView view = navigate(KpiView.class);
        selectNps(view);
        Badge npsTrend = $(Badge.class, view).id("kpis-trend");
        assertThat(npsTrend.getText()).isEqualTo("Trend over the last 2 periods: rising, improving");
        assertThat(npsTrend.getThemeNames()).contains("success");
        assertThat($(Badge.class, view).id("kpis-change").getText()).isEqualTo("Since Jan 2026: +2.5, better");
        assertThat($(EChart.class, view).id("kpis-chart").getOption().toString()).contains("\"name\":\"Trend\"");

        selectKpi(view, StandardKpi.CHURN);
        Badge churnTrend = $(Badge.class, view).id("kpis-trend");
        assertThat(churnTrend.getText()).isEqualTo("Trend over the last 2 periods: rising, getting worse");
        assertThat(churnTrend.getThemeNames()).contains("error");
        assertThat($(Badge.class, view).id("kpis-change").getText()).isEqualTo("Since Q1 2026: +1, worse");
    }

    @Test
    void aRisingTrendWithAFallInTheLastPeriodSaysBothAndTheTableShowsTargetsMetOrMissed() {
        Kpi nps = kpiService.list().getFirst();
        int[] values = {12, 15, 18, 22, 19};
        for (int i = 0; i < values.length; i++) {
            LocalDate month = LocalDate.of(2026, 7 + i, 1);
            kpiService.record(nps.getId(), PeriodType.MONTH, month, new BigDecimal(values[i]), null, null);
            kpiService.setTarget(nps.getId(), PeriodType.MONTH, month, new BigDecimal("20"));
        }

        KpiView view = navigate(KpiView.class);
        selectNps(view);
        Badge trend = $(Badge.class, view).id("kpis-trend");
        assertThat(trend.getText()).isEqualTo("Trend over the last 5 periods: rising, improving");
        assertThat(trend.getThemeNames()).contains("success");
        Badge change = $(Badge.class, view).id("kpis-change");
        assertThat(change.getText()).isEqualTo("Since Oct 2026: -3, worse");
        assertThat(change.getThemeNames()).contains("error");

        @SuppressWarnings("unchecked")
        Grid<Object> table = $(Grid.class, view).id("kpis-values");
        java.util.Map<String, String> resultByValue = new java.util.HashMap<>();
        for (int row = 0; row < test(table).size(); row++) {
            assertThat(test(table).getCellText(row, 2)).isEqualTo("20");
            resultByValue.put(test(table).getCellText(row, 1), test(table).getCellText(row, 3));
        }
        assertThat(resultByValue).containsEntry("22", "Met").containsEntry("19", "Missed").containsEntry("12", "Missed");
    }

    // --- journey and moment KPIs ---------------------------------------------------------------------------

    @Test
    void aNewKpiCanBeForAMomentOfAJourneyAndTheCatalogueFiltersByJourney() {
        Journey journey = journeys.create(new JourneyService.JourneyData("Moving house", JourneyType.SIGNATURE_JOURNEY,
                null, null, null, null, null, LifecycleStage.MAPPING), List.of("Orient"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        maps.addMoment(phase.getId(), "Welcome call");
        journeys.create(new JourneyService.JourneyData("Other journey", JourneyType.SIGNATURE_JOURNEY,
                null, null, null, null, null, LifecycleStage.MAPPING), List.of());
        KpiView view = navigate(KpiView.class);

        test($(Button.class, view).id("kpis-new")).click();
        $(TextField.class).id("kpis-new-name").setValue("Welcome call NPS");
        assertThat($(Select.class).withId("kpis-new-journey").exists()).isFalse();
        select("kpis-new-scope").setValue(KpiScope.JOURNEY);
        assertThat($(Select.class).withId("kpis-new-journey").exists()).isTrue();
        assertThat($(Select.class).withId("kpis-new-moment").exists()).isFalse();
        select("kpis-new-scope").setValue(KpiScope.MOMENT);
        Select<JourneyRef> journeySelect = select("kpis-new-journey");
        Select<MomentRef> momentSelect = select("kpis-new-moment");
        journeySelect.setValue(journeySelect.getListDataView().getItems()
                .filter(j -> j.name().equals("Moving house")).findFirst().orElseThrow());
        test($(Button.class).id("editor-save")).click(); // no moment yet
        assertThat(momentSelect.isInvalid()).isTrue();
        assertThat(momentSelect.getErrorMessage()).isEqualTo("Choose the moment this KPI measures.");

        momentSelect.setValue(momentSelect.getListDataView().getItems().findFirst().orElseThrow());
        test($(Button.class).id("editor-save")).click();

        assertThat(names(view)).contains("Welcome call NPS");
        int row = names(view).indexOf("Welcome call NPS");
        assertThat(column(view, 1).get(row)).isEqualTo("Moving house · Welcome call");
        assertThat(column(view, 1).getFirst()).isEqualTo("Organisation");

        Select<JourneyRef> filter = select("kpis-journey-filter");
        filter.setValue(filter.getListDataView().getItems().filter(j -> j.name().equals("Moving house"))
                .findFirst().orElseThrow());
        assertThat(names(view)).containsExactly("Welcome call NPS");
        assertThat(column(view, 1)).containsExactly("Welcome call"); // the journey goes without saying
        filter.setValue(filter.getListDataView().getItems().filter(j -> j.name().equals("Other journey"))
                .findFirst().orElseThrow());
        assertThat(names(view)).isEmpty();
        filter.clear();
        assertThat(names(view)).hasSize(9);
    }

    // --- import --------------------------------------------------------------------------------------------

    @Test
    void aBadFileListsEveryProblemAndImportsNothing() {
        KpiView view = navigate(KpiView.class);
        long before = measurements.count();
        test($(Button.class, view).id("kpis-import")).click();
        KpiImportDialog dialog = $(KpiImportDialog.class).first();
        assertThat($(Anchor.class).id("kpi-import-example").getText()).isEqualTo("Download an example file");

        dialog.receive("bad.csv", "kpi;periode;waarde\nNPS;2026-01;10\nNPS;2026-13;11\nUnknown;2026-02;x\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).id("kpi-import-error-summary").getText())
                .isEqualTo("3 problems found, nothing was imported. Correct the file and upload it again:");
        assertThat($(UnorderedList.class).id("kpi-import-errors").getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly(
                        "Row 3, column \"periode\": \"2026-13\" is not a month or quarter. Expected 2026-03 for a month or 2026-Q1 for a quarter.",
                        "Row 4, column \"kpi\": there is no KPI \"Unknown\". Expected the name of one of your KPIs or the code of a standard KPI (NPS, CSAT, CES, CXI, RETENTION, CHURN, CROSS_SELL, CLV).",
                        "Row 4, column \"waarde\": \"x\" is not a number. Expected a number such as 42 or 7.5 (decimal point or comma, no thousands separator).");
        assertThat($(Paragraph.class).id("kpi-import-file").getText()).isEqualTo("File: bad.csv");
        assertThat(dialog.importButton().isEnabled()).isFalse();
        assertThat(measurements.count()).isEqualTo(before);
    }

    @Test
    void aGoodFileIsImportedWithASummaryAndShowsUpInTheValues() {
        Kpi nps = kpiService.list().getFirst();
        kpiService.record(nps.getId(), PeriodType.MONTH, LocalDate.of(2026, 1, 1), new BigDecimal("5"), null, null);
        KpiView view = navigate(KpiView.class);
        selectNps(view);
        test($(Button.class, view).id("kpis-import")).click();
        KpiImportDialog dialog = $(KpiImportDialog.class).first();

        dialog.receive("example.csv", KpiImportExample.csv(false));

        assertThat($(Paragraph.class).id("kpi-import-ready").getText()).isEqualTo("Ready to import 3 values and 4 targets.");
        assertThat($(Paragraph.class).id("kpi-import-replacing").getText())
                .isEqualTo("One value replaces a value already stored for the same period.");
        test(dialog.importButton()).click();

        assertThat(dialog.isOpened()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<Object> values = $(Grid.class, view).id("kpis-values");
        assertThat(test(values).size()).isEqualTo(2);
        assertThat(test(values).getCellText(0, 0)).isEqualTo("Jan 2026");
        assertThat(test(values).getCellText(0, 1)).isEqualTo("31");
        assertThat(test(values).getCellText(0, 5)).isEqualTo("Imported");
    }

    @Test
    void theImportDialogSpeaksDutchAndOffersADutchExample() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        KpiView view = navigate(KpiView.class);
        test($(Button.class, view).id("kpis-import")).click();
        KpiImportDialog dialog = $(KpiImportDialog.class).first();
        assertThat(dialog.getHeaderTitle()).isEqualTo("KPI-waarden importeren");
        assertThat($(Anchor.class).id("kpi-import-example").getText()).isEqualTo("Voorbeeldbestand downloaden");

        dialog.receive("waarden.csv", "kpi;periode\nNPS;2026-01\n".getBytes(StandardCharsets.UTF_8));

        assertThat($(UnorderedList.class).id("kpi-import-errors").getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly("Rij 1: de kolom \"waarde\" ontbreekt. Elk bestand heeft de kolommen kpi, periode en waarde nodig.");
    }

    @Test
    void anExecutiveSeesTheKpisButNoEditButtons() {
        TestLogin.logout();
        tenant.loginAs(Role.EXECUTIVE);
        KpiView view = navigate(KpiView.class);
        assertThat(names(view)).hasSize(8);
        selectNps(view);
        assertThat($(Button.class, view).withId("kpis-new").exists()).isFalse();
        assertThat($(Button.class, view).withId("kpis-record").exists()).isFalse();
        assertThat($(Button.class, view).withId("kpis-set-target").exists()).isFalse();
        assertThat($(Button.class, view).withId("kpis-import").exists()).isFalse();
        assertThat($(Grid.class, view).withId("kpis-values").exists()).isTrue();
    }

    private void recordNps(KpiView view, BigDecimal number) {
        test($(Button.class, view).id("kpis-record")).click();
        select("period-type").setValue(PeriodType.QUARTER);
        select("period-quarter").setValue(3);
        select("period-year").setValue(2026);
        $(BigDecimalField.class).id("kpis-value").setValue(number);
        $(IntegerField.class).id("kpis-sample-size").setValue(250);
        test($(Button.class).id("editor-save")).click();
    }

    @SuppressWarnings("unchecked")
    private void selectNps(KpiView view) {
        Grid<CatalogueEntry> grid = $(Grid.class, view).id("kpis-grid");
        CatalogueEntry nps = test(grid).getRow(0);
        assertThat(nps.kpi().getStandardCode()).isEqualTo(StandardKpi.NPS);
        grid.select(nps);
    }

    @SuppressWarnings("unchecked")
    private void selectKpi(KpiView view, StandardKpi code) {
        Grid<CatalogueEntry> grid = $(Grid.class, view).id("kpis-grid");
        grid.select(IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i))
                .filter(e -> e.kpi().getStandardCode() == code).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private List<String> names(KpiView view) {
        return column(view, 0);
    }

    @SuppressWarnings("unchecked")
    private List<String> column(KpiView view, int column) {
        Grid<CatalogueEntry> grid = $(Grid.class, view).id("kpis-grid");
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getCellText(i, column)).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).id(id);
    }
}
