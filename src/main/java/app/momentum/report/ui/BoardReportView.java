package app.momentum.report.ui;

import app.momentum.base.UserFacingException;
import app.momentum.base.ui.Formats;
import app.momentum.base.ui.Notifications;
import app.momentum.measurement.Period;
import app.momentum.measurement.PeriodType;
import app.momentum.report.BoardReportDocument;
import app.momentum.report.BoardReportSchedules;
import app.momentum.report.BoardReportSchedules.StoredReport;
import app.momentum.report.BoardReports;
import app.momentum.tenancy.RoleNames;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The board report as a printable page ({@code report/board?quarter=2026-Q4}): a quarter picker, "Download PDF" (the
 * same report as PDF), "Print" (the print stylesheet leaves out the navigation and breaks pages between sections),
 * the report itself ({@link BoardReportContent}), the stored scheduled reports, and for tenant admins the schedule
 * ({@link ScheduleSection}). For CX managers, tenant admins and executives.
 */
@Route("report/board")
@Menu(order = 38, icon = "vaadin:file-text-o", title = "report.nav")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.EXECUTIVE})
public class BoardReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How many quarters the picker offers, the current one first. */
    static final int QUARTERS = 12;

    private final transient BoardReports reports;
    private final transient BoardReportSchedules schedules;
    private final Select<Period> quarter = new Select<>();
    private final Div toolbar = new Div();
    private final Div body = new Div();
    private Period shown;

    public BoardReportView(BoardReports reports, BoardReportSchedules schedules) {
        this.reports = reports;
        this.schedules = schedules;
        addClassName("board-report-view");
        setWidthFull();

        quarter.setId("report-quarter");
        quarter.setLabel(getTranslation("report.pickQuarter"));
        List<Period> quarters = new ArrayList<>();
        Period p = reports.currentQuarter();
        for (int i = 0; i < QUARTERS; i++) {
            quarters.add(p);
            p = Period.containing(PeriodType.QUARTER, p.start().minusDays(1));
        }
        quarter.setItems(quarters);
        quarter.setItemLabelGenerator(q -> reports.periodName(q, getLocale()));
        quarter.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate("report/board", QueryParameters.of("quarter", e.getValue().code()));
            }
        });

        Button print = new Button(getTranslation("report.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.setId("report-print");
        toolbar.addClassNames("board-report-toolbar", "no-print");
        HorizontalLayout controls = new HorizontalLayout(quarter, print);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setId("report-controls");
        toolbar.add(controls);
        body.setWidthFull();
        add(toolbar, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String requested = query.getOrDefault("quarter", List.of()).stream().findFirst().orElse(null);
        Period period = reports.currentQuarter();
        if (requested != null) {
            try {
                Period parsed = reports.parsePeriod(requested);
                period = Period.containing(PeriodType.QUARTER, parsed.start());
            } catch (UserFacingException e) {
                Notifications.error(this, e);
            }
        }
        show(period);
    }

    /** Shows the report of a quarter (also picked in the quarter select). */
    void show(Period period) {
        shown = period;
        if (!quarter.getListDataView().getItems().toList().contains(period)) {
            List<Period> items = new ArrayList<>(quarter.getListDataView().getItems().toList());
            items.add(period);
            quarter.setItems(items);
        }
        quarter.setValue(period);
        BoardReportDocument report = reports.document(period, getLocale());
        body.removeAll();
        toolbar.getChildren().filter(c -> "report-download".equals(c.getId().orElse(null))).toList()
                .forEach(toolbar::remove);
        java.util.Locale locale = getLocale();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = reports.pdf(period, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), BoardReports.fileName(period),
                    "application/pdf", bytes.length);
        }), getTranslation("report.download"));
        download.getElement().setAttribute("download", true);
        download.setId("report-download");
        download.addClassName("board-report-download");
        toolbar.add(download);
        body.add(new BoardReportContent(report));
        body.add(storedReports());
        if (reports.maySchedule()) {
            body.add(new ScheduleSection(schedules));
        }
    }

    Period shown() {
        return shown;
    }

    private Div storedReports() {
        Div section = new Div(new H2(getTranslation("report.stored")));
        section.setId("report-stored");
        section.addClassNames("board-report-admin", "no-print");
        List<StoredReport> stored = schedules.stored();
        if (stored.isEmpty()) {
            section.add(new Paragraph(getTranslation("report.stored.none")));
            return section;
        }
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        for (StoredReport report : stored) {
            Period period = Period.parse(report.period()).orElse(null);
            String name = period == null ? report.period() : reports.periodName(period, getLocale());
            Anchor link = new Anchor("report/board/file/" + report.period() + "?lang="
                    + report.language().toLanguageTag(), getTranslation("report.stored.item", name,
                    report.language().getDisplayLanguage(getLocale()), Formats.date(report.createdAt(), getLocale())));
            link.addClassName("report-stored-item");
            list.add(link);
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.nav") + " · Momentum";
    }
}
