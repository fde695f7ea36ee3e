package app.momentum.report.ui;

import app.momentum.base.ui.chart.EChart;
import app.momentum.report.BoardReportDocument;
import app.momentum.report.BoardReportDocument.Compass;
import app.momentum.report.BoardReportDocument.KpiRow;
import app.momentum.report.BoardReportDocument.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The board report as HTML: the same sections as the PDF, from the same {@link BoardReportDocument}; tables as
 * plain elements so the print stylesheet can break pages between rows. Texts are set as text, never as HTML.
 */
class BoardReportContent extends Div {

    BoardReportContent(BoardReportDocument report) {
        addClassName("board-report");
        setId("board-report");
        Labels labels = report.labels();
        NumberFormat integers = NumberFormat.getIntegerInstance(report.locale());

        H1 title = new H1(report.title());
        title.setId("report-title");
        Div head = new Div(title, text("report-subtitle", report.subtitle() + " · " + report.generatedAt()));
        head.addClassName("board-report-head");
        add(head);

        // Portfolio by stage
        Div stages = new Div();
        stages.addClassName("board-report-tiles");
        report.portfolio().stages().forEach(s -> stages.add(tile(s.stage(), integers.format(s.journeys()))));
        stages.add(tile(labels.total(), integers.format(report.portfolio().total())));
        add(section("report-portfolio", labels.portfolio(), labels.portfolioAsOf(), stages));

        // KPIs
        Component kpis;
        if (report.kpis().isEmpty()) {
            kpis = empty(labels.noKpis());
        } else {
            Div table = table(labels.kpi(), labels.latest(), labels.target(), labels.status(), labels.trend(),
                    labels.change());
            for (KpiRow kpi : report.kpis()) {
                EChart sparkline = new EChart();
                sparkline.setOption(BoardReportCharts.sparkline(kpi.sparkline()));
                sparkline.setWidth("8rem");
                sparkline.setHeight("1.75rem");
                sparkline.setAriaLabel(labels.trend() + ": " + kpi.name());
                Span status = new Span(kpi.statusLabel());
                status.addClassNames("kpi-status", "kpi-status-" + kpi.status().name().toLowerCase(Locale.ROOT));
                table.add(row(new Span(kpi.name()), number(kpi.latest()), number(kpi.target()), status, sparkline,
                        number(kpi.change())));
            }
            kpis = table;
        }
        add(section("report-kpis", labels.kpis(), null, kpis));

        // Moments below target
        Component moments;
        if (report.momentsBelowTarget().isEmpty()) {
            moments = empty(labels.noMomentsBelowTarget());
        } else {
            Div table = table(labels.moment(), labels.journey(), labels.score(), labels.target());
            report.momentsBelowTarget().forEach(m -> table.add(row(new Span(m.moment()), new Span(m.journey()),
                    number(m.score()), number(m.target()))));
            moments = table;
        }
        add(section("report-moments", labels.momentsBelowTarget(), null, moments));

        // Actions
        BoardReportDocument.Actions actions = report.actions();
        Div actionContent = new Div();
        if (actions.done() == 0 && actions.overdue() == 0 && actions.byDiscipline().isEmpty()) {
            actionContent.add(empty(labels.noActions()));
        } else {
            Div tiles = new Div(tile(labels.doneInPeriod(), integers.format(actions.done())),
                    tile(labels.overdueAtEnd(), integers.format(actions.overdue())));
            tiles.addClassName("board-report-tiles");
            actionContent.add(tiles);
            if (!actions.byDiscipline().isEmpty()) {
                Div table = table(labels.discipline(), labels.done(), labels.overdue());
                actions.byDiscipline().forEach(d -> table.add(row(new Span(d.discipline()),
                        number(integers.format(d.done())), number(integers.format(d.overdue())))));
                actionContent.add(table);
            }
        }
        add(section("report-actions", labels.actions(), null, actionContent));

        // Compass
        Component compass;
        if (report.compass().isEmpty() || report.compass().get().quadrants().isEmpty()) {
            compass = empty(labels.noCompass());
        } else {
            Compass round = report.compass().get();
            EChart chart = new EChart();
            chart.setOption(BoardReportCharts.compass(round.quadrants(), round.round(), labels.sincePrevious()));
            chart.setWidth("18rem");
            chart.setHeight("18rem");
            chart.setAriaLabel(labels.compass() + ": " + round.round());
            chart.addClassName("board-report-compass-chart");
            NumberFormat oneDecimal = NumberFormat.getNumberInstance(report.locale());
            oneDecimal.setMinimumFractionDigits(1);
            oneDecimal.setMaximumFractionDigits(1);
            Div table = table(labels.quadrant(), labels.score(), labels.level(), labels.sincePrevious());
            round.quadrants().forEach(q -> table.add(row(new Span(q.name()),
                    number(oneDecimal.format(q.total()) + " / " + integers.format(q.max())), new Span(q.levelName()),
                    number(q.change()))));
            Div both = new Div(chart, table);
            both.addClassName("board-report-compass");
            compass = both;
        }
        add(section("report-compass", labels.compass(), report.compass().map(Compass::round).orElse(null),
                compass));

        // Stale journeys
        Component stale;
        if (report.staleJourneys().isEmpty()) {
            stale = empty(labels.noStaleJourneys());
        } else {
            Div table = table(labels.journey(), labels.owner(), labels.reason());
            report.staleJourneys().forEach(s -> table.add(row(new Span(s.journey()), new Span(s.owner()),
                    new Span(s.reason()))));
            stale = table;
        }
        add(section("report-stale", labels.staleJourneys(), labels.staleAsOf(), stale));
    }

    private static Div section(String id, String heading, String note, Component content) {
        H2 title = new H2(heading);
        Div head = new Div(title);
        head.addClassName("board-report-section-head");
        if (note != null && !note.isBlank()) {
            Span aside = new Span(note);
            aside.addClassName("board-report-note");
            head.add(aside);
        }
        Div section = new Div(head, content);
        section.setId(id);
        section.addClassName("board-report-section");
        return section;
    }

    private static Div tile(String label, String value) {
        Span name = new Span(label);
        name.addClassName("board-report-tile-label");
        Span figure = new Span(value);
        figure.addClassName("board-report-tile-value");
        Div tile = new Div(name, figure);
        tile.addClassName("board-report-tile");
        return tile;
    }

    private static Div table(String... headers) {
        Div table = new Div();
        table.addClassName("board-report-table");
        table.getElement().setAttribute("role", "table");
        Div head = new Div();
        head.addClassNames("board-report-row", "board-report-header");
        head.getElement().setAttribute("role", "row");
        for (String header : headers) {
            Span cell = new Span(header);
            cell.getElement().setAttribute("role", "columnheader");
            head.add(cell);
        }
        table.getStyle().set("--columns", String.valueOf(headers.length));
        table.add(head);
        return table;
    }

    private static Div row(Component... cells) {
        Div row = new Div();
        row.addClassName("board-report-row");
        row.getElement().setAttribute("role", "row");
        for (Component cell : cells) {
            cell.getElement().setAttribute("role", "cell");
            row.add(cell);
        }
        return row;
    }

    private static Span number(String text) {
        Span span = new Span(text == null ? "" : text);
        span.addClassName("board-report-number");
        return span;
    }

    private static Span text(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        span.addClassName("board-report-note");
        return span;
    }

    private static Paragraph empty(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("board-report-empty");
        return paragraph;
    }
}
