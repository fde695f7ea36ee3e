package app.momentum.measurement.ui;

import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.Notifications;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.survey.SurveyImportService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;

/**
 * The tenant's analysis settings: the impact method new imports are placed by, where satisfaction counts as high, where impact counts as positive, what a 7+
 * and a 9+ moment must reach, and from how many respondents an impact is reliable. They apply to the next import;
 * stored analyses keep the thresholds they were computed with.
 */
class AnalysisSettingsDialog extends EditorDialog {

    final NumberField satisfaction = new NumberField();
    final NumberField impact = new NumberField();
    final NumberField sevenPlus = new NumberField();
    final IntegerField ninePlusShare = new IntegerField();
    final IntegerField minReliable = new IntegerField();
    final IntegerField aboveExpectation = new IntegerField();
    final IntegerField minimumGroupSize = new IntegerField();
    final com.vaadin.flow.component.select.Select<ImpactMethod> method = new com.vaadin.flow.component.select.Select<>();

    AnalysisSettingsDialog(SurveyImportService surveys) {
        super("");
        setHeaderTitle(getTranslation("settings.title"));
        setId("analysis-settings-dialog");
        AnalysisSettings current = surveys.settings();
        configure(satisfaction, "settings.satisfaction", current.satisfactionThreshold(), 1, 10, 0.1);
        configure(impact, "settings.impact", current.impactThreshold(), -0.9, 0.9, 0.05);
        configure(sevenPlus, "settings.sevenPlus", current.sevenPlusMeanTarget(), 1, 10, 0.1);
        ninePlusShare.setLabel(getTranslation("settings.ninePlus"));
        ninePlusShare.setValue((int) Math.round(current.ninePlusShareTarget() * 100));
        ninePlusShare.setMin(1);
        ninePlusShare.setMax(100);
        ninePlusShare.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        ninePlusShare.setId("settings-nine-plus");
        minReliable.setLabel(getTranslation("settings.minReliable"));
        minReliable.setValue(current.minReliableN());
        minReliable.setMin(2);
        minReliable.setId("settings-min-reliable");
        aboveExpectation.setLabel(getTranslation("settings.aboveExpectation"));
        aboveExpectation.setHelperText(getTranslation("settings.aboveExpectation.helper"));
        aboveExpectation.setValue((int) Math.round(current.aboveExpectationShareTarget() * 100));
        aboveExpectation.setMin(1);
        aboveExpectation.setMax(100);
        aboveExpectation.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        aboveExpectation.setId("settings-above-expectation");
        minimumGroupSize.setLabel(getTranslation("settings.minimumGroupSize"));
        minimumGroupSize.setHelperText(getTranslation("settings.minimumGroupSize.helper"));
        minimumGroupSize.setValue(surveys.minimumGroupSize());
        minimumGroupSize.setMin(1);
        minimumGroupSize.setMax(1000);
        minimumGroupSize.setId("settings-minimum-group-size");
        method.setLabel(getTranslation("settings.impactMethod"));
        method.setItems(ImpactMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("mining.method." + m.name()));
        method.setValue(current.impactMethod());
        method.setHelperText(getTranslation("settings.impactMethod.helper"));
        method.setId("settings-impact-method");
        Paragraph intro = new Paragraph(getTranslation("settings.intro"));
        withFields(intro, method, satisfaction, impact, sevenPlus, ninePlusShare, aboveExpectation, minReliable,
                minimumGroupSize);
        fullWidth(method);
        fullWidth(intro);
        errorsOn(satisfaction, "survey.error.thresholdRange");
        errorsOn(impact, "survey.error.impactRange");
        errorsOn(ninePlusShare, "survey.error.shareRange");
        errorsOn(minReliable, "survey.error.minReliableN");
        errorsOn(aboveExpectation, "survey.error.expectationShareRange");
        errorsOn(minimumGroupSize, "survey.error.minimumGroupSize");
        onSave(() -> surveys.saveSettings(SurveyImportService.settingsOf(satisfaction.getValue(), impact.getValue(),
                        sevenPlus.getValue(), ninePlusShare.getValue(), minReliable.getValue())
                        .withImpactMethod(method.getValue() == null ? ImpactMethod.EXPERIENCE_EFFECT : method.getValue())
                        .withAboveExpectationShareTarget(
                                SurveyImportService.aboveExpectationShareOf(aboveExpectation.getValue())),
                        minimumGroupSize.getValue()),
                () -> Notifications.success(getTranslation("settings.saved")));
    }

    private void configure(NumberField field, String labelKey, double value, double min, double max, double step) {
        field.setLabel(getTranslation(labelKey));
        field.setValue(value);
        field.setMin(min);
        field.setMax(max);
        field.setStep(step);
        field.setStepButtonsVisible(true);
        field.setId(labelKey.replace('.', '-'));
    }
}
