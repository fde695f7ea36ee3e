package app.momentum.measurement.ui;

import app.momentum.base.ui.Formats;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.UiActions;
import app.momentum.measurement.survey.SurveyImport;
import app.momentum.measurement.survey.SurveyImportService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** A journey's survey imports, newest survey first; editors may delete one. */
class SurveyImportsPanel extends VerticalLayout {

    private final transient SurveyImportService surveys;
    private final Runnable afterDelete;

    SurveyImportsPanel(SurveyImportService surveys, List<SurveyImport> imports, boolean editable, Runnable afterDelete) {
        this.surveys = surveys;
        this.afterDelete = afterDelete;
        setPadding(false);
        setWidthFull();
        Grid<SurveyImport> grid = new Grid<>();
        grid.setId("survey-imports");
        grid.addColumn(SurveyImport::getFileName).setHeader(getTranslation("mining.imports.file")).setFlexGrow(1)
                .setAutoWidth(true);
        grid.addColumn(s -> s.getFieldedOn().toString()).setHeader(getTranslation("mining.imports.fieldedOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Formats.number(s.getRespondents(), getLocale()))
                .setHeader(getTranslation("mining.imports.respondents")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(s -> Formats.date(s.getCreatedAt(), getLocale()))
                .setHeader(getTranslation("mining.imports.imported")).setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addComponentColumn(this::deleteButton).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("mining.imports.empty"));
        grid.setItems(imports);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Button deleteButton(SurveyImport survey) {
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(survey));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
        delete.setAriaLabel(getTranslation("mining.imports.delete") + ": " + survey.getFileName());
        delete.setTooltipText(getTranslation("mining.imports.delete"));
        return delete;
    }

    private void confirmDelete(SurveyImport survey) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("mining.imports.delete"),
                getTranslation("mining.imports.deleteConfirm", survey.getFileName()),
                getTranslation("mining.imports.delete"), e -> UiActions.attempt(this, () -> {
                    surveys.delete(survey.getId());
                    Notifications.success(getTranslation("mining.imports.deleted", survey.getFileName()));
                    afterDelete.run();
                }));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
