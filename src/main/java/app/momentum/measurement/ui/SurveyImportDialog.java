package app.momentum.measurement.ui;

import app.momentum.base.ui.Formats;
import app.momentum.base.ui.AppDialog;
import app.momentum.base.UserFacingException;
import app.momentum.brand.BrandService;
import app.momentum.base.ui.FileUploads;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.TextLimits;
import app.momentum.measurement.analysis.ImpactQuestion;
import app.momentum.measurement.analysis.MomentInfo;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.importing.ColumnRole;
import app.momentum.measurement.importing.SurveyImportException;
import app.momentum.measurement.survey.SurveyImportJob;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.measurement.survey.SurveyImportService.ImportRequest;
import app.momentum.measurement.survey.SurveyImportService.MappingProposal;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import app.momentum.measurement.survey.DuplicateSurveyException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Imports a survey file for a journey in three steps: upload (with the survey date and effort scale), the column
 * mapping, then the analysis running in the background with its progress. The user may close the dialog while
 * it runs: a notification tells them when it is ready.
 */
class SurveyImportDialog extends AppDialog {

    private static final int POLL_MS = 500;

    private final transient SurveyImportService surveys;
    private final UUID journeyId;
    private final Consumer<UUID> showResults;
    private final VerticalLayout content = new VerticalLayout();
    private final Paragraph problem = new Paragraph();
    /** Shown while one or two of the CXi's three items are mapped: the CXi would be unknown. */
    private final Paragraph cxiWarning = new Paragraph();
    private final Button start = new Button();
    private final DatePicker fieldedOn = new DatePicker();
    private final Select<Integer> effortScale = new Select<>();
    private final Select<ImpactQuestion> impactOn = new Select<>();
    private final Map<String, ColumnRole> roles = new LinkedHashMap<>();
    private final Map<String, MomentInfo> moments = new HashMap<>();
    private final Map<String, ComboBox<MomentInfo>> momentBoxes = new HashMap<>();
    /** For a perceived-brand-value column: the brand value it asks about. */
    private final Map<String, BrandService.Named> brandValues = new HashMap<>();
    private final Map<String, ComboBox<BrandService.Named>> brandBoxes = new HashMap<>();
    private final Map<String, String> segmentLabels = new HashMap<>();
    private final Map<String, TextField> labelFields = new HashMap<>();
    private Upload upload;
    private Path uploaded;
    private String fileName;
    private MappingProposal proposal;
    private SurveyImportJob job;
    private Registration polling;

    SurveyImportDialog(SurveyImportService surveys, UUID journeyId, Consumer<UUID> showResults) {
        this.surveys = surveys;
        this.journeyId = journeyId;
        this.showResults = showResults;
        setId("survey-import-dialog");
        setHeaderTitle(getTranslation("survey.import.title"));
        setWidth("min(72rem, 95vw)");
        setCloseOnOutsideClick(false);
        content.setPadding(false);
        problem.setId("survey-import-problem");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        add(content);
        start.setText(getTranslation("survey.import.start"));
        start.setId("survey-import-start");
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setEnabled(false);
        start.addClickListener(e -> startAnalysis());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("survey-import-cancel");
        getFooter().add(cancel, start);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                cleanUp();
            }
        });
        showUploadStep();
    }

    private long maxMegabytes() {
        return Math.max(1, surveys.maxFileBytes() / (1024 * 1024));
    }

    private void showUploadStep() {
        content.removeAll();
        Paragraph intro = new Paragraph(getTranslation("survey.import.intro", maxMegabytes()));
        fieldedOn.setLabel(getTranslation("survey.import.fieldedOn"));
        fieldedOn.setId("survey-import-date");
        fieldedOn.setValue(LocalDate.now(Formats.DEFAULT_ZONE));
        fieldedOn.setMax(LocalDate.now(Formats.DEFAULT_ZONE));
        fieldedOn.setRequired(true);
        effortScale.setLabel(getTranslation("survey.import.effortScale"));
        effortScale.setItems(7, 5);
        effortScale.setItemLabelGenerator(max -> getTranslation(max == 5 ? "survey.import.effort5" : "survey.import.effort7"));
        effortScale.setValue(7);
        impactOn.setLabel(getTranslation("survey.import.impactOn"));
        impactOn.setId("survey-import-impact-on");
        impactOn.setItems(ImpactQuestion.values());
        impactOn.setItemLabelGenerator(q -> getTranslation("impactQuestion." + q.name()));
        impactOn.setValue(ImpactQuestion.RECOMMEND);
        impactOn.setWidth("17rem");
        HorizontalLayout settings = new HorizontalLayout(fieldedOn, effortScale, impactOn);
        settings.setWrap(true);
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            // runs in the upload request, where the user's login applies: read here, draw in the UI
            Runnable show = receive(file.toPath(), metadata.fileName());
            ui.access(show::run);
        }));
        upload.setId("survey-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        FileUploads.singleFile(this, upload);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, surveys.maxFileBytes()));
        upload.addFileRejectedListener(e -> showProblem(getTranslation("survey.import.rejected", maxMegabytes())));
        upload.addStartedListener(e -> problem.setVisible(false));
        content.add(intro, settings, upload, problem);
    }

    /**
     * Reads an uploaded file (on the calling thread) and returns what to show: the mapping step, or the problem
     * (the file is deleted then).
     */
    Runnable receive(Path path, String name) {
        try {
            MappingProposal read = surveys.propose(journeyId, path);
            return () -> showMappingStep(path, name, read);
        } catch (SurveyImportException | UserFacingException refused) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return () -> showProblem(refused);
        }
    }

    private void showProblem(RuntimeException refused) {
        showProblem(refused instanceof SurveyImportException invalid
                ? getTranslation(invalid.key(), invalid.messageArguments())
                : Notifications.message(this, (UserFacingException) refused));
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
        if (upload != null) {
            upload.clearFileList(); // the message names what was wrong; the button is ready for a corrected file
        }
    }

    private void showMappingStep(Path file, String name, MappingProposal read) {
        deleteUploaded();
        uploaded = file;
        fileName = name;
        proposal = read;
        roles.clear();
        moments.clear();
        momentBoxes.clear();
        brandValues.clear();
        brandBoxes.clear();
        segmentLabels.clear();
        labelFields.clear();
        Map<UUID, MomentInfo> byId = new HashMap<>();
        read.moments().forEach(m -> byId.put(m.id(), m));
        for (String header : read.preview().headers()) {
            ColumnAssignment suggested = read.suggested().assignmentOf(header);
            roles.put(header, suggested.role());
            segmentLabels.put(header, suggested.label() != null ? suggested.label() : humanLabel(header));
            if (suggested.momentId() != null && byId.containsKey(suggested.momentId())) {
                moments.put(header, byId.get(suggested.momentId()));
            }
            read.brandValues().stream().filter(v -> v.id().equals(suggested.brandValueId())).findFirst()
                    .ifPresent(value -> brandValues.put(header, value));
        }
        content.removeAll();
        problem.setVisible(false);
        Paragraph fileLine = new Paragraph(getTranslation("survey.import.file", name, read.preview().headers().size()));
        fileLine.setId("survey-import-file");
        cxiWarning.setId("survey-import-cxi-warning");
        cxiWarning.addClassName("form-warning");
        content.add(fileLine, new Paragraph(getTranslation("survey.import.mappingHint")), mappingGrid(read), cxiWarning,
                problem);
        showCxiWarning();
        start.setEnabled(true);
    }

    private Grid<String> mappingGrid(MappingProposal read) {
        Grid<String> grid = new Grid<>();
        grid.setId("survey-mapping");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        List<String> headers = read.preview().headers();
        grid.addColumn(h -> h).setHeader(getTranslation("survey.import.col.header")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(h -> samples(read, headers.indexOf(h))).setHeader(getTranslation("survey.import.col.sample"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("survey.import.col.role")).setWidth("16rem")
                .setFlexGrow(0);
        // a moment column needs its moment, a segment column its label: one cell shows whichever the role needs
        grid.addComponentColumn(h -> new Div(momentBox(h, read.moments()), brandBox(h, read.brandValues()),
                        labelField(h)))
                .setHeader(getTranslation("survey.import.col.moment")).setWidth("18rem").setFlexGrow(0);
        grid.setItems(headers);
        grid.setAllRowsVisible(headers.size() <= 12);
        if (headers.size() > 12) {
            grid.setHeight("26rem");
        }
        return grid;
    }

    private static String samples(MappingProposal read, int column) {
        Set<String> values = new LinkedHashSet<>();
        for (List<String> row : read.preview().sampleRows()) {
            if (column < row.size() && !row.get(column).isBlank()) {
                values.add(row.get(column));
            }
        }
        return String.join(", ", values);
    }

    private Select<ColumnRole> roleSelect(String header) {
        Select<ColumnRole> select = new Select<>();
        select.setItems(EnumSet.allOf(ColumnRole.class));
        select.setItemLabelGenerator(role -> getTranslation("columnRole." + role.name()));
        select.setValue(roles.get(header));
        select.setAriaLabel(getTranslation("survey.import.col.role") + ": " + header);
        select.setWidthFull();
        select.addValueChangeListener(e -> {
            roles.put(header, e.getValue());
            if (e.getValue() == null || !e.getValue().needsMoment()) {
                moments.remove(header);
            }
            if (e.getValue() == null || !e.getValue().needsBrandValue()) {
                brandValues.remove(header);
            }
            refreshMomentBoxes();
        });
        return select;
    }

    private ComboBox<MomentInfo> momentBox(String header, List<MomentInfo> all) {
        ComboBox<MomentInfo> box = choiceBox(header, all, MomentInfo::title, moments,
                getTranslation("survey.import.chooseMoment"), getTranslation("survey.import.col.moment"));
        box.setEnabled(roles.get(header) != null && roles.get(header).needsMoment());
        momentBoxes.put(header, box);
        return box;
    }

    /** The brand value a perceived-brand-value column asks about ("to what extent do you experience us as honest"). */
    private ComboBox<BrandService.Named> brandBox(String header, List<BrandService.Named> all) {
        ComboBox<BrandService.Named> box = choiceBox(header, all, BrandService.Named::name, brandValues,
                getTranslation(all.isEmpty() ? "survey.import.noBrandValues" : "survey.import.chooseBrandValue"),
                getTranslation("survey.import.chooseBrandValue"));
        box.addClassName("brand-value-box");
        brandBoxes.put(header, box);
        showSegmentOrMoment(header);
        return box;
    }

    /** A column's choice of one item (its moment, its brand value), kept in {@code chosen} by header as the user picks. */
    private <T> ComboBox<T> choiceBox(String header, List<T> items,
                                      com.vaadin.flow.component.ItemLabelGenerator<T> label, Map<String, T> chosen,
                                      String placeholder, String ariaLabel) {
        ComboBox<T> box = new ComboBox<>();
        box.setItems(items);
        box.setItemLabelGenerator(label);
        box.setPlaceholder(placeholder);
        box.setAriaLabel(ariaLabel + ": " + header);
        box.setWidthFull();
        box.setValue(chosen.get(header));
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null) {
                    chosen.remove(header);
                } else {
                    chosen.put(header, e.getValue());
                }
            }
        });
        return box;
    }

    /**
     * What the segment is called in the mining view and in action titles ("Customer type" rather than a column
     * headed "segment"); starts as the remembered label or the header written as words.
     */
    private TextField labelField(String header) {
        TextField field = new TextField();
        field.addClassName("segment-label");
        field.setAriaLabel(getTranslation("survey.import.segmentLabel") + ": " + header);
        field.setPlaceholder(getTranslation("survey.import.segmentLabel"));
        field.setTooltipText(getTranslation("survey.import.segmentLabel.help"));
        field.setWidthFull();
        TextLimits.limit(field, ColumnAssignment.MAX_LABEL_LENGTH);
        field.setValue(segmentLabels.getOrDefault(header, ""));
        field.addValueChangeListener(e -> segmentLabels.put(header, e.getValue()));
        labelFields.put(header, field);
        showSegmentOrMoment(header);
        return field;
    }

    /** A segment's label in words: "klant_type" → "Klant type". */
    static String humanLabel(String header) {
        String words = header.replace('_', ' ').replace('-', ' ').strip().replaceAll("\\s+", " ");
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** One cell, three uses: a segment's label, a brand-value column's value, else the moment (disabled if none). */
    private void showSegmentOrMoment(String header) {
        ColumnRole role = roles.get(header);
        boolean segment = role == ColumnRole.SEGMENT;
        boolean brand = role != null && role.needsBrandValue();
        TextField label = labelFields.get(header);
        ComboBox<MomentInfo> box = momentBoxes.get(header);
        ComboBox<BrandService.Named> brandBox = brandBoxes.get(header);
        if (label != null) {
            label.setVisible(segment);
        }
        if (box != null) {
            box.setVisible(!segment && !brand);
        }
        if (brandBox != null) {
            brandBox.setVisible(brand);
            if (!brand && brandBox.getValue() != null) {
                brandBox.clear();
            }
        }
    }

    private void showCxiWarning() {
        List<ColumnRole> missing = app.momentum.measurement.importing.CxiMapping.missingItems(roles.values());
        cxiWarning.setVisible(!missing.isEmpty());
        cxiWarning.setText(missing.isEmpty() ? "" : getTranslation("survey.import.cxiIncomplete",
                3 - missing.size(), String.join(", ", missing.stream()
                        .map(role -> getTranslation("columnRole." + role.name())).toList())));
    }

    private void refreshMomentBoxes() {
        showCxiWarning();
        momentBoxes.forEach((header, box) -> {
            showSegmentOrMoment(header);
            boolean moment = roles.get(header) != null && roles.get(header).needsMoment();
            box.setEnabled(moment);
            if (!moment && box.getValue() != null) {
                box.clear();
            }
        });
    }

    /**
     * The confirmed mapping, every column included (an ignored one too, so next time it stays ignored); a moment
     * column without a chosen moment is ignored rather than guessed.
     */
    ColumnMapping mapping() {
        Map<String, ColumnAssignment> assignments = new LinkedHashMap<>();
        roles.forEach((header, role) -> {
            MomentInfo moment = moments.get(header);
            BrandService.Named brandValue = brandValues.get(header);
            if (role.needsMoment() && moment != null) {
                assignments.put(header, new ColumnAssignment(role, moment.id()));
            } else if (role.needsBrandValue() && brandValue != null) {
                assignments.put(header, ColumnAssignment.brandValue(role, brandValue.id()));
            } else if (role.needsMoment() || role.needsBrandValue()) {
                assignments.put(header, ColumnAssignment.IGNORED);
            } else if (role == ColumnRole.SEGMENT) {
                assignments.put(header, ColumnAssignment.segment(segmentLabels.get(header)));
            } else {
                assignments.put(header, ColumnAssignment.of(role));
            }
        });
        return new ColumnMapping(assignments);
    }

    private void startAnalysis() {
        startAnalysis(false);
    }

    private void startAnalysis(boolean allowDuplicate) {
        if (uploaded == null || proposal == null) {
            return;
        }
        // a brand-value column without its value would be dropped from the analysis: say so rather than ignore it
        java.util.Optional<String> withoutValue = roles.entrySet().stream()
                .filter(e -> e.getValue().needsBrandValue() && !brandValues.containsKey(e.getKey()))
                .map(Map.Entry::getKey).findFirst();
        if (withoutValue.isPresent()) {
            showProblem(getTranslation("survey.import.brandValueMissing", withoutValue.get()));
            return;
        }
        try {
            ImportRequest request = new ImportRequest(journeyId, fileName, mapping(),
                    effortScale.getValue() == null ? 7 : effortScale.getValue(), fieldedOn.getValue(),
                    impactOn.getValue(), allowDuplicate);
            job = surveys.start(request, uploaded, getLocale());
            uploaded = null; // the job owns the file now
        } catch (DuplicateSurveyException repeated) {
            askBeforeImportingAgain(repeated);
            return;
        } catch (UserFacingException refused) {
            showProblem(refused);
            return;
        }
        showProgressStep();
    }

    /** The same file was imported for this journey before: its respondents would count twice, so ask first. */
    private void askBeforeImportingAgain(DuplicateSurveyException repeated) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("survey.duplicate.title"),
                Notifications.message(this, repeated), getTranslation("survey.duplicate.importAgain"),
                e -> startAnalysis(true));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("survey-duplicate-confirm");
        confirm.open();
    }

    private void showProgressStep() {
        content.removeAll();
        start.setVisible(false);
        ProgressBar bar = new ProgressBar(0, 1, 0);
        bar.setId("survey-import-progress");
        Paragraph status = new Paragraph(getTranslation("survey.import.running", fileName));
        status.setId("survey-import-status");
        content.add(status, bar);
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MS);
        polling = ui.addPollListener(e -> follow(bar, status));
    }

    private void follow(ProgressBar bar, Paragraph status) {
        job = surveys.job(job.id()).orElse(job); // read again: any node may run it
        bar.setValue(job.progress());
        switch (job.state()) {
            case QUEUED -> status.setText(getTranslation("survey.import.queued", fileName));
            case RUNNING -> status.setText(getTranslation("survey.import.running", fileName));
            case DONE -> {
                stopPolling();
                status.setText(getTranslation("survey.import.done", fileName));
                Button show = new Button(getTranslation("survey.import.show"), e -> {
                    close();
                    showResults.accept(job.importId());
                });
                show.setId("survey-import-show");
                show.addThemeVariants(ButtonVariant.PRIMARY);
                content.add(show);
                show.focus();
            }
            case FAILED -> {
                stopPolling();
                bar.setVisible(false);
                status.setText(getTranslation(job.error().key(), job.error().messageArguments()));
                status.addClassName("form-problem");
                content.add(new Paragraph(getTranslation("survey.import.failed")));
            }
        }
    }

    /** The job as last read, once the analysis was queued. */
    SurveyImportJob job() {
        return job;
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void cleanUp() {
        stopPolling();
        deleteUploaded();
    }

    private void deleteUploaded() {
        if (uploaded != null) {
            try {
                Files.deleteIfExists(uploaded);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            uploaded = null;
        }
    }
}
