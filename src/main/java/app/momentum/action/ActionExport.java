package app.momentum.action;

import app.momentum.base.csv.CsvExport;
import app.momentum.action.internal.ImprovementAction;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.discipline.DisciplineService;
import app.momentum.journey.JourneyLookup;
import app.momentum.tenancy.TenantMembers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action list as CSV or XLSX, in the user's language. Every text cell that a spreadsheet would read as a
 * formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe.
 */
@Service
@Transactional(readOnly = true)
public class ActionExport {

    public static final int MAX_ROWS = 100_000;

    private final ActionService actions;
    private final JourneyLookup journeys;
    private final DisciplineService disciplines;
    private final TenantMembers members;
    private final MomentumI18NProvider i18n;

    ActionExport(ActionService actions, JourneyLookup journeys, DisciplineService disciplines, TenantMembers members,
                 MomentumI18NProvider i18n) {
        this.actions = actions;
        this.journeys = journeys;
        this.disciplines = disciplines;
        this.members = members;
        this.i18n = i18n;
    }

    public byte[] csv(ActionService.ActionFilter filter, Locale locale) {
        return CsvExport.write(rows(filter, locale), locale);
    }

    public byte[] xlsx(ActionService.ActionFilter filter, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(i18n.getTranslation("actions.title", locale));
            int r = 0;
            for (List<String> values : rows(filter, locale)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    // always a text cell; neutralised anyway, for tools that re-evaluate text
                    row.createCell(c).setCellValue(CsvExport.neutralise(values.get(c)));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<String>> rows(ActionService.ActionFilter filter, Locale locale) {
        Map<UUID, String> journeyNames = journeys.journeyNames();
        Map<UUID, String> disciplineNames = disciplines.disciplineNames();
        Map<UUID, String> memberNames = members.active().stream()
                .collect(Collectors.toMap(TenantMembers.MemberChoice::userId, TenantMembers.MemberChoice::displayName));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("action.title", "action.journey", "action.type", "action.status", "action.owner", "action.discipline",
                "action.due", "action.priority", "action.effort", "action.expectedEffect").stream()
                .map(key -> i18n.getTranslation(key, locale)).toList());
        for (ImprovementAction a : actions.list(filter, PageRequest.of(0, MAX_ROWS, Sort.by("dueDate")))) {
            rows.add(List.of(a.getTitle(), journeyNames.getOrDefault(a.getJourneyId(), ""),
                    i18n.getTranslation("actionType." + a.getType().name(), locale),
                    i18n.getTranslation("actionStatus." + a.getStatus().name(), locale),
                    memberNames.getOrDefault(a.getOwnerUserId(), ""), disciplineNames.getOrDefault(a.getDisciplineId(), ""),
                    a.getDueDate() == null ? "" : a.getDueDate().toString(),
                    i18n.getTranslation("priority." + a.getPriority().name(), locale),
                    i18n.getTranslation("effort." + a.getEffort().name(), locale),
                    a.getExpectedEffect() == null ? "" : a.getExpectedEffect()));
        }
        return rows;
    }
}
