package app.momentum.measurement.ui;

import app.momentum.tenancy.RoleNames;
import app.momentum.base.ui.EmptyState;
import app.momentum.base.ui.ListGrids;
import app.momentum.journey.JourneyLookup.JourneyRef;
import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.KpiImportService;
import app.momentum.measurement.KpiService;
import app.momentum.measurement.KpiService.CatalogueEntry;
import app.momentum.measurement.MeasurementPermissions;
import app.momentum.security.MemberSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The tenant's KPI catalogue (organisation, journey and moment KPIs, filterable by journey); a selected KPI shows its
 * measured values against its targets with the trend ({@link KpiDetail}). Editors record values, set targets
 * ({@link KpiValueDialog}), add KPIs ({@link KpiDialog}) and import files ({@link KpiImportDialog}); what the page
 * reads and changes goes through {@link KpiScreen}, the work is the services' ({@link KpiService},
 * {@link KpiImportService}).
 */
@Route("kpis")
@Menu(order = 35, icon = "vaadin:chart-line", title = "kpis.nav")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
class KpiView extends VerticalLayout implements HasDynamicTitle {

    private final transient KpiScreen screen;
    private final boolean editable;
    private final Select<JourneyRef> journeyFilter = new Select<>();
    private final Grid<CatalogueEntry> catalogue = new Grid<>();
    private final KpiDetail detail;
    private List<CatalogueEntry> entries = List.of();

    public KpiView(KpiScreen screen, KpiImportService imports, MemberSession memberSession) {
        this.screen = screen;
        this.editable = MeasurementPermissions.mayRecordKpis(memberSession.require().role());
        addClassName("kpis-view");
        setSizeFull();

        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("kpis.title")));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        if (editable) {
            Button importValues = new Button(getTranslation("kpis.import"), VaadinIcon.UPLOAD.create(),
                    e -> new KpiImportDialog(imports, this::refreshAfterImport).open());
            importValues.setId("kpis-import");
            Button create = new Button(getTranslation("kpis.new"), VaadinIcon.PLUS.create(), e -> openNewKpi());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("kpis-new");
            header.add(new HorizontalLayout(importValues, create));
        }

        journeyFilter.setId("kpis-journey-filter");
        journeyFilter.setLabel(getTranslation("kpis.filterJourney"));
        journeyFilter.setItems(screen.activeJourneys());
        journeyFilter.setEmptySelectionAllowed(true);
        journeyFilter.setEmptySelectionCaption(getTranslation("kpis.allKpis"));
        journeyFilter.setItemLabelGenerator(j -> j == null ? getTranslation("kpis.allKpis")
                : getTranslation("kpis.journeyKpis", j.name()));
        journeyFilter.setWidth("22rem");
        journeyFilter.addValueChangeListener(e -> showCatalogue(null));

        configureCatalogue();
        VerticalLayout left = new VerticalLayout(journeyFilter, catalogue);
        left.setPadding(false);
        left.setHeightFull();
        left.setWidth("55%");
        left.setFlexGrow(1, catalogue);

        detail = new KpiDetail(screen, editable);
        detail.setWidth("45%");
        HorizontalLayout body = new HorizontalLayout(left, detail);
        body.setSizeFull();
        body.setMinHeight("0"); // fill what is left below the header and scroll inside, not grow the page
        body.addClassName("stack-on-narrow"); // on a phone the detail goes below the catalogue
        add(header, body);
        setFlexGrow(1, body);
        refreshCatalogue(null);
    }

    private void configureCatalogue() {
        catalogue.setId("kpis-grid");
        // name and scope share the room (full text in the tooltip); the short columns take what their content needs
        catalogue.addColumn(e -> name(e.kpi())).setHeader(getTranslation("kpis.name")).setWidth("12rem").setFlexGrow(3)
                .setTooltipGenerator(e -> name(e.kpi()));
        catalogue.addColumn(this::scope).setHeader(getTranslation("kpis.scope")).setWidth("8rem").setFlexGrow(2)
                .setTooltipGenerator(this::scope);
        // scale and unit in one column ("0 – 100 %"), so the names keep their room
        catalogue.addColumn(e -> KpiFormat.scale(e.kpi())).setHeader(getTranslation("kpis.scale")).setAutoWidth(true)
                .setFlexGrow(0);
        catalogue.addColumn(e -> getTranslation(e.kpi().isHigherIsBetter() ? "kpis.higher" : "kpis.lower"))
                .setHeader(getTranslation("kpis.direction")).setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(e -> getTranslation(e.kpi().isHigherIsBetter() ? "kpis.higherIsBetter" : "kpis.lowerIsBetter"));
        EmptyState noKpis = new EmptyState(VaadinIcon.LINE_BAR_CHART, getTranslation("kpis.empty"),
                getTranslation("kpis.emptyPurpose"));
        noKpis.setId("kpis-empty");
        if (editable) {
            Button createFirst = new Button(getTranslation("kpis.new"), VaadinIcon.PLUS.create(), e -> openNewKpi());
            createFirst.setId("kpis-new-empty");
            noKpis.nextStep(getTranslation("kpis.emptyNextEditor")).action(createFirst);
        } else {
            noKpis.nextStep(getTranslation("kpis.emptyNextReader"));
        }
        catalogue.setEmptyStateComponent(noKpis);
        ListGrids.enterActivatesRows(catalogue);
        catalogue.asSingleSelect().addValueChangeListener(e -> detail.show(e.getValue() == null ? null : e.getValue().kpi()));
        catalogue.setSizeFull();
    }

    /** The KPI's name in the user's language: standard KPIs are translated by code, one's own as typed. */
    String name(Kpi kpi) {
        return KpiFormat.name(this, kpi);
    }

    /**
     * What the KPI applies to: the organisation, a journey's name, or "journey · moment". Filtered by a journey, the
     * journey goes without saying: "Whole journey" or the moment's title.
     */
    String scope(CatalogueEntry entry) {
        boolean oneJourney = journeyFilter.getValue() != null;
        return switch (entry.kpi().getScope()) {
            case TENANT -> getTranslation("kpis.scopeLabel.TENANT");
            case JOURNEY -> oneJourney ? getTranslation("kpis.scopeLabel.wholeJourney") : entry.journeyName();
            case MOMENT -> oneJourney ? entry.momentTitle() : entry.journeyName() + " · " + entry.momentTitle();
        };
    }

    private void refreshCatalogue(Kpi select) {
        entries = screen.catalogue();
        showCatalogue(select);
    }

    private void refreshAfterImport() {
        CatalogueEntry selected = catalogue.asSingleSelect().getValue();
        refreshCatalogue(selected == null ? null : selected.kpi());
    }

    /** The catalogue as filtered: every KPI, or those of one journey (the journey's own and its moments'). */
    private void showCatalogue(Kpi select) {
        JourneyRef journey = journeyFilter.getValue();
        List<CatalogueEntry> shown = journey == null ? entries
                : entries.stream().filter(e -> journey.id().equals(e.kpi().getJourneyId())).toList();
        catalogue.setItems(shown);
        catalogue.recalculateColumnWidths();
        CatalogueEntry match = select == null ? null
                : shown.stream().filter(e -> e.kpi().getId().equals(select.getId())).findFirst().orElse(null);
        if (match != null) {
            catalogue.select(match);
        } else {
            detail.show(null);
        }
    }

    private void openNewKpi() {
        new KpiDialog(screen, journeyFilter.getValue(), this::refreshCatalogue).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kpis.title") + " · Momentum";
    }
}
