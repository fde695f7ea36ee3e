package app.momentum.measurement.ui;

import app.momentum.base.ui.AppDialog;
import app.momentum.base.ui.FileUploads;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.UiActions;
import app.momentum.measurement.KpiImportService;
import app.momentum.measurement.KpiImportService.Checked;
import app.momentum.measurement.KpiImportService.Summary;
import app.momentum.measurement.kpiimport.KpiImportError;
import app.momentum.measurement.kpiimport.KpiImportExample;
import app.momentum.measurement.kpiimport.KpiImportRefusedException;
import app.momentum.measurement.kpiimport.KpiValueReader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Import KPI values from a CSV or XLSX file: what the file needs (with an example to download), upload, every
 * problem with its row, column and value, then import all or nothing. The checking is {@link KpiImportService}'s.
 */
class KpiImportDialog extends AppDialog {

    /** More problems than this are counted, not listed: the first ones show what is wrong with the file. */
    static final int SHOWN_ERRORS = 50;

    private final transient KpiImportService imports;
    private final Div result = new Div();
    private final Button importButton = new Button();
    private byte[] file;

    KpiImportDialog(KpiImportService imports, Runnable afterImport) {
        this.imports = imports;
        setHeaderTitle(getTranslation("kpis.import.title"));
        setId("kpi-import-dialog");
        add(new Paragraph(getTranslation("kpis.import.intro")), columns(), example());

        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            // runs in the upload request, where the user's login applies: check here, draw in the UI
            Checked checked = imports.check(bytes);
            ui.access(() -> {
                show(metadata.fileName(), bytes, checked);
                upload.clearFileList(); // the result names the file; the button stays ready for a corrected one
            });
        }));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(KpiValueReader.MAX_BYTES);
        FileUploads.singleFile(this, upload);
        upload.setId("kpi-import-upload");
        upload.setWidthFull();
        upload.addFileRejectedListener(e -> Notifications.error(
                getTranslation("kpis.import.rejected", KpiValueReader.MAX_MEGABYTES)));
        result.setId("kpi-import-result");
        add(upload, result);

        importButton.setText(getTranslation("kpis.import.confirm"));
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setEnabled(false);
        importButton.setId("kpi-import-confirm");
        importButton.addClickListener(e -> UiActions.attempt(this, () -> importFile(afterImport)));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("kpi-import-cancel");
        getFooter().add(cancel, importButton);
        setWidth("44rem");
    }

    private Div columns() {
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("kpis.import.col.kpi")),
                new ListItem(getTranslation("kpis.import.col.period")),
                new ListItem(getTranslation("kpis.import.col.value")),
                new ListItem(getTranslation("kpis.import.col.sampleSize")),
                new ListItem(getTranslation("kpis.import.col.target")));
        list.getStyle().set("margin-top", "0");
        Div columns = new Div(new Paragraph(getTranslation("kpis.import.columns")), list,
                new Paragraph(getTranslation("kpis.import.dutchNames")));
        columns.setId("kpi-import-columns");
        columns.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return columns;
    }

    /** The example in the user's language: a Dutch user gets what Dutch Excel writes (semicolons, decimal comma). */
    private Anchor example() {
        boolean dutch = "nl".equals(getLocale().getLanguage());
        byte[] bytes = KpiImportExample.csv(dutch);
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), KpiImportExample.fileName(dutch), "text/csv", bytes.length)),
                getTranslation("kpis.import.example"));
        anchor.getElement().setAttribute("download", true);
        Icon icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getStyle().set("margin-inline-end", "var(--lumo-space-xs)").set("vertical-align", "text-bottom");
        anchor.getElement().insertChild(0, icon.getElement());
        anchor.setId("kpi-import-example");
        return anchor;
    }

    /** Checks an uploaded file and shows the outcome (the upload calls this; so do tests). */
    void receive(String fileName, byte[] bytes) {
        show(fileName, bytes, imports.check(bytes));
    }

    private void show(String fileName, byte[] bytes, Checked checked) {
        file = checked.result().ok() ? bytes : null;
        importButton.setEnabled(file != null);
        result.removeAll();
        Paragraph name = new Paragraph(getTranslation("kpis.import.file", fileName));
        name.setId("kpi-import-file");
        name.getStyle().set("font-weight", "600").set("margin-bottom", "0");
        result.add(name);
        name.scrollIntoView(); // the outcome is below the description; bring it into sight
        if (checked.result().ok()) {
            Paragraph ready = new Paragraph(getTranslation("kpis.import.ready", checked.result().valueCount(),
                    checked.result().targetCount()));
            ready.setId("kpi-import-ready");
            result.add(ready);
            if (checked.replacing() > 0) {
                Paragraph replacing = new Paragraph(getTranslation("kpis.import.replacing", checked.replacing()));
                replacing.setId("kpi-import-replacing");
                result.add(replacing);
            }
            return;
        }
        showErrors(checked.result().errors());
    }

    private void showErrors(List<KpiImportError> errors) {
        Paragraph summary = new Paragraph(getTranslation("kpis.import.errors", errors.size()));
        summary.setId("kpi-import-error-summary");
        summary.getStyle().set("color", "var(--lumo-error-text-color)");
        UnorderedList list = new UnorderedList();
        list.setId("kpi-import-errors");
        errors.stream().limit(SHOWN_ERRORS)
                .forEach(error -> list.add(new ListItem(getTranslation(error.key(), error.messageArguments()))));
        if (errors.size() > SHOWN_ERRORS) {
            list.add(new ListItem(getTranslation("kpis.import.moreErrors", errors.size() - SHOWN_ERRORS)));
        }
        result.add(summary, list);
    }

    private void importFile(Runnable afterImport) {
        try {
            Summary summary = imports.importValues(file);
            close();
            Notifications.success(getTranslation("kpis.import.done", summary.imported(), summary.replaced(),
                    summary.targets()));
            afterImport.run();
        } catch (KpiImportRefusedException refused) {
            // the catalogue changed since the check (a KPI renamed or deleted): nothing was stored
            file = null;
            importButton.setEnabled(false);
            result.removeAll();
            showErrors(refused.errors());
        }
    }

    Button importButton() {
        return importButton;
    }
}
