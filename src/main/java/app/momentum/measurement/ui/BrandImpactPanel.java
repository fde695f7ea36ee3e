package app.momentum.measurement.ui;

import app.momentum.base.ui.EmptyState;
import app.momentum.measurement.analysis.BrandMomentImpact;
import app.momentum.measurement.analysis.ExperienceEffect;
import app.momentum.measurement.analysis.Impact;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.ImpactVerdict;
import app.momentum.measurement.survey.BrandViewService;
import app.momentum.measurement.survey.BrandViewService.BrandValueView;
import app.momentum.measurement.survey.BrandViewService.MomentRow;
import app.momentum.measurement.survey.StoredAnalysis;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/**
 * The brand view of one import (the impact matrix's second aspect): per brand value the survey asked about, the
 * moments that carry it most, and for each moment meant to express it whether it measurably does.
 */
class BrandImpactPanel extends VerticalLayout {

    private final transient BrandViewService brandView;
    private final StoredAnalysis stored;
    private final Select<ImpactMethod> method = new Select<>();
    private final Paragraph explained = new Paragraph();
    private final Div values = new Div();

    BrandImpactPanel(BrandViewService brandView, StoredAnalysis stored) {
        this.brandView = brandView;
        this.stored = stored;
        setId("brand-impact");
        setPadding(false);
        setWidthFull();
        if (stored.result().brandValues().isEmpty()) {
            EmptyState empty = new EmptyState(VaadinIcon.STAR_O, getTranslation("brandImpact.emptyTitle"),
                    getTranslation("brandImpact.emptyPurpose"));
            empty.setId("brand-impact-empty");
            empty.nextStep(getTranslation("brandImpact.emptyNext"));
            add(empty);
            return;
        }
        method.setId("brand-impact-method");
        method.setLabel(getTranslation("mining.method"));
        method.setItems(ImpactMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("mining.method." + m.name()));
        method.setValue(stored.survey().impactMethod());
        method.setTooltipText(getTranslation("mining.method.tooltip"));
        method.addValueChangeListener(e -> show());
        explained.setId("brand-impact-explained");
        explained.addClassName("mining-method-explained");
        values.setWidthFull();
        add(method, explained, values);
        show();
    }

    private void show() {
        ImpactMethod chosen = method.getValue();
        explained.setText(getTranslation("brandImpact.explained." + chosen.name()));
        values.removeAll();
        List<BrandValueView> views = brandView.brandView(stored, chosen);
        for (int i = 0; i < views.size(); i++) {
            values.add(section(views.get(i), i));
        }
    }

    private Div section(BrandValueView value, int index) {
        Div section = new Div();
        section.setId("brand-impact-value-" + index);
        section.addClassName("brand-impact-value");
        H3 title = new H3(value.name().isEmpty() ? getTranslation("brandImpact.deletedValue") : value.name());
        Paragraph figures = new Paragraph(getTranslation("brandImpact.figures", value.n(), decimal(value.mean()),
                value.scaleMax()));
        figures.addClassName("brand-impact-figures");
        section.add(title, figures, grid(value.moments()));
        return section;
    }

    private Grid<MomentRow> grid(List<MomentRow> rows) {
        Grid<MomentRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::moment).setHeader(getTranslation("brandImpact.col.moment")).setFlexGrow(2)
                .setAutoWidth(true);
        grid.addComponentColumn(row -> verdict(row.impact().verdict()))
                .setHeader(getTranslation("brandImpact.col.verdict")).setAutoWidth(true);
        grid.addColumn(row -> decimal(row.impact().chosenImpact().value()))
                .setHeader(getTranslation("brandImpact.col.impact")).setTextAlign(ColumnTextAlign.END)
                .setTooltipGenerator(this::explain).setAutoWidth(true);
        grid.addColumn(row -> interval(row.impact().chosenImpact()))
                .setHeader(getTranslation("brandImpact.col.interval")).setAutoWidth(true);
        grid.addColumn(row -> row.impact().chosenImpact().n()).setHeader(getTranslation("brandImpact.col.n"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }

    private Div moment(MomentRow row) {
        Div cell = new Div(new Span(row.title()));
        if (row.intended()) {
            Badge intended = new Badge(getTranslation("brandImpact.intended"));
            intended.addThemeVariants(BadgeVariant.SMALL);
            intended.addClassName("brand-impact-intended");
            intended.getElement().setAttribute("title", getTranslation("brandImpact.intended.help"));
            cell.add(new Span(" "), intended);
        }
        return cell;
    }

    private Badge verdict(ImpactVerdict verdict) {
        Badge badge = new Badge(getTranslation("brandImpact.verdict." + verdict.name()));
        badge.addClassName("brand-verdict-" + verdict.name().toLowerCase(java.util.Locale.ROOT));
        switch (verdict) {
            case ADDS -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case WORKS_AGAINST -> badge.addThemeVariants(BadgeVariant.ERROR);
            default -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }

    /** The figures behind the impact, in words: for the effect both groups' mean scores and their difference. */
    private String explain(MomentRow row) {
        BrandMomentImpact impact = row.impact();
        if (impact.method() == ImpactMethod.SATISFACTION_DRIVER) {
            return getTranslation("brandImpact.driver.tooltip", decimal(impact.driver().value()), impact.driver().n());
        }
        ExperienceEffect effect = impact.effect();
        if (!effect.known()) {
            return getTranslation("brandImpact.unknown." + effect.unknownBecause().name());
        }
        return getTranslation("brandImpact.effect.tooltip", decimal(effect.exposed().mean()), effect.exposed().n(),
                decimal(effect.unexposed().mean()), effect.unexposed().n(), decimal(effect.meanDifference().value()),
                decimal(effect.meanDifference().lower95()), decimal(effect.meanDifference().upper95()));
    }

    private String interval(Impact impact) {
        if (Double.isNaN(impact.interval().lower95())) {
            return "–";
        }
        return decimal(impact.interval().lower95()) + " … " + decimal(impact.interval().upper95());
    }

    private String decimal(double value) {
        return TwoDecimals.format(value, getLocale());
    }
}
