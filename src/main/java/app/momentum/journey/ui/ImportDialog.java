package app.momentum.journey.ui;

import app.momentum.base.ui.AppDialog;
import app.momentum.base.UserFacingException;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.UiActions;
import app.momentum.journey.JourneyTransfer;
import app.momentum.journey.csv.ImportError;
import app.momentum.journey.csv.ImportResult;
import app.momentum.journey.csv.MomentCsvReader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.UUID;

/**
 * Import moments from a CSV file: upload, see every wrong row with its line, then import all or nothing.
 */
class ImportDialog extends AppDialog {

    private final transient JourneyTransfer transfer;
    private final UUID journeyId;
    private final Checkbox createPhases = new Checkbox();
    private final Div result = new Div();
    private final Button importButton = new Button();
    private byte[] file;

    ImportDialog(JourneyTransfer transfer, UUID journeyId, Runnable afterImport) {
        this.transfer = transfer;
        this.journeyId = journeyId;
        setHeaderTitle(getTranslation("import.title"));
        setId("import-dialog");
        add(new Paragraph(getTranslation("import.intro")));
        createPhases.setLabel(getTranslation("import.createPhases"));
        createPhases.setValue(true);
        createPhases.addValueChangeListener(e -> {
            if (file != null) {
                show(transfer.check(journeyId, file, createPhases.getValue()));
            }
        });
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            // runs in the upload request, where the user's login applies: check here, draw in the UI
            ImportResult checked = transfer.check(journeyId, bytes, createPhases.getValue());
            ui.access(() -> {
                file = bytes;
                show(checked);
            });
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MomentCsvReader.MAX_BYTES);
        app.momentum.base.ui.FileUploads.singleFile(this, upload);
        upload.setId("import-upload");
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("import.rejected")));
        result.setId("import-result");
        add(createPhases, upload, result);
        importButton.setText(getTranslation("import.confirm"));
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setEnabled(false);
        importButton.setId("import-confirm");
        importButton.addClickListener(e -> UiActions.attempt(this, () -> {
            int count = transfer.importCsv(journeyId, file, createPhases.getValue());
            close();
            Notifications.success(getTranslation("import.done", count));
            afterImport.run();
        }));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), importButton);
        setWidth("40rem");
    }

    private void show(ImportResult checked) {
        result.removeAll();
        importButton.setEnabled(checked.ok());
        if (checked.ok()) {
            result.add(new Paragraph(getTranslation("import.ready", checked.rows().size(), checked.newPhases().size())));
            return;
        }
        result.add(new Paragraph(getTranslation("import.errors", checked.errors().size())));
        UnorderedList errors = new UnorderedList();
        errors.addClassName("import-errors");
        checked.errors().stream().limit(100).forEach(error -> errors.add(new ListItem(describe(error))));
        result.add(errors);
    }

    private String describe(ImportError error) {
        String message = getTranslation(error.messageKey(), error.arguments().toArray());
        if (error.line() == 0) {
            return message;
        }
        return error.column() == null ? getTranslation("csv.error.atLine", error.line(), message)
                : getTranslation("csv.error.atLineColumn", error.line(), error.column(), message);
    }
}
