package app.momentum.report.ui;

import app.momentum.measurement.Period;
import app.momentum.report.BoardReportSchedules;
import app.momentum.report.BoardReportSchedules.ReportFile;
import app.momentum.report.BoardReports;
import app.momentum.tenancy.RoleNames;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A stored (scheduled) board report ({@code report/board/file/2026-Q3}, optionally {@code ?lang=nl}): where the
 * notification and the e-mail link to. The file is read in the current tenant only, so a member of another tenant
 * finds nothing; the download is served by this page's download handler, for readers of the report.
 */
@Route("report/board/file/:period")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.EXECUTIVE})
public class StoredBoardReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient BoardReportSchedules schedules;
    private final transient BoardReports reports;

    public StoredBoardReportView(BoardReportSchedules schedules, BoardReports reports) {
        this.schedules = schedules;
        this.reports = reports;
        setId("report-file-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("period").orElse("");
        Locale language = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("lang", List.of()).stream().findFirst().map(Locale::forLanguageTag).orElse(getLocale());
        Optional<Period> period = Period.parse(code);
        Optional<ReportFile> file = period.isEmpty() ? Optional.empty() : schedules.file(code, language);
        String name = period.map(p -> reports.periodName(p, getLocale())).orElse(code);
        add(new H1(getTranslation("report.title", name)));
        if (file.isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("report.file.missing", name));
            missing.setId("report-file-missing");
            add(missing);
        } else {
            byte[] bytes = file.get().content();
            String fileName = file.get().fileName();
            Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length)),
                    getTranslation("report.download"));
            download.getElement().setAttribute("download", true);
            download.setId("report-file-download");
            add(new Paragraph(getTranslation("report.file.ready", name)), download);
        }
        RouterLink back = new RouterLink(getTranslation("report.file.back"), BoardReportView.class);
        back.setId("report-file-back");
        add(back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.nav") + " · Momentum";
    }
}
