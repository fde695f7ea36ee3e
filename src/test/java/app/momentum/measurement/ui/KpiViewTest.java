package app.momentum.measurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.brand.TenantDefaults;
import app.momentum.measurement.Kpi;
import app.momentum.measurement.KpiMeasurementRepository;
import app.momentum.measurement.PeriodType;
import app.momentum.measurement.StandardKpi;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
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
        assertThat(test(values).getCellText(0, 0)).isEqualTo("2026-Q3");
        assertThat(test(values).getCellText(0, 1)).isEqualTo("42");
        assertThat(test(values).getCellText(0, 2)).isEqualTo("250");
        assertThat(test(values).getCellText(0, 3)).isEqualTo("Entered by hand");
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
        assertThat($(Grid.class, view).withId("kpis-values").exists()).isTrue();
    }

    private void recordNps(KpiView view, BigDecimal number) {
        test($(Button.class, view).id("kpis-record")).click();
        @SuppressWarnings("unchecked")
        Select<PeriodType> type = $(Select.class).id("kpis-period-type");
        type.setValue(PeriodType.QUARTER);
        $(DatePicker.class).id("kpis-period-start").setValue(LocalDate.of(2026, 7, 1));
        $(BigDecimalField.class).id("kpis-value").setValue(number);
        $(IntegerField.class).id("kpis-sample-size").setValue(250);
        test($(Button.class).id("editor-save")).click();
    }

    @SuppressWarnings("unchecked")
    private void selectNps(KpiView view) {
        Grid<Kpi> grid = $(Grid.class, view).id("kpis-grid");
        Kpi nps = test(grid).getRow(0);
        assertThat(nps.getStandardCode()).isEqualTo(StandardKpi.NPS);
        grid.select(nps);
    }

    @SuppressWarnings("unchecked")
    private List<String> names(KpiView view) {
        Grid<Kpi> grid = $(Grid.class, view).id("kpis-grid");
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getCellText(i, 0)).toList();
    }
}
