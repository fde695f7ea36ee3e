package app.momentum.measurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.action.ActionService;
import app.momentum.base.ui.EmptyState;
import app.momentum.action.internal.ImprovementAction;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyLookup.JourneyRef;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.importing.ColumnRole;
import app.momentum.measurement.survey.StoredAnalysis;
import app.momentum.measurement.survey.SurveyImportJob;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.measurement.survey.SurveyImportService.ImportRequest;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** Journey mining page: empty states, the impact matrix per segment, one-click actions and the import dialog. */
@SpringBootTest
class MiningViewTest extends SpringBrowserlessTest {

    /** Welcome: mean 6.75, everyone, impact ≈ 0.998 → priority ≈ 3.24; First bill: mean 5, 75 %, ≈ 0.997 → ≈ 3.74. */
    static final String SURVEY = app.momentum.measurement.survey.SurveyFiles.FOUR_RESPONDENTS;

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired SurveyImportService surveys;
    @Autowired ActionService actions;
    @Autowired app.momentum.measurement.PerceptionGapService gapService;
    @Autowired app.momentum.user.internal.AppUserRepository users;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

    TestTenant tenant;
    Journey journey;
    Moment welcome;
    Moment bill;

    @BeforeEach
    void aJourneyWithTwoMoments() {
        tenant = fixture.create("mining-view");
        tenant.loginAs(Role.CX_MANAGER);
        journey = journeys.create(new JourneyService.JourneyData("Moving house", JourneyType.SIGNATURE_JOURNEY, null,
                null, null, null, null, LifecycleStage.MAPPING), List.of("Arrive"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        welcome = maps.addMoment(phase.getId(), "Welcome");
        bill = maps.addMoment(phase.getId(), "First bill");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void guidesTheUserUntilThereAreResults() {
        MiningView view = navigate(MiningView.class);
        assertThat($(Paragraph.class, view).id("mining-hint").getText())
                .isEqualTo("Choose a journey to see how its customers experienced the designed moments.");

        MiningView chosen = openJourney();
        assertThat($(EmptyState.class, chosen).id("mining-empty").getElement().getTextRecursively())
                .startsWith("No survey results for this journey yet")
                .contains("Import a respondent-level survey export");
        assertThat($(Button.class, chosen).id("mining-import").isVisible()).isTrue();
        assertThat($(Button.class, chosen).id("mining-import-empty").isVisible()).isTrue();

        tenant.loginAs(Role.EXECUTIVE);
        MiningView reader = openJourney();
        assertThat($(Button.class, reader).withId("mining-import").exists()).isFalse();
        assertThat($(EmptyState.class, reader).id("mining-empty").getElement().getTextRecursively()).endsWith(
                "A CX manager imports the survey results; they will appear here.");
        assertThat($(Button.class, reader).withId("mining-import-empty").exists()).isFalse();
    }

    @Test
    void theMatrixSwitchesBetweenTheExperienceEffectAndTheSatisfactionDriver() throws IOException {
        Map<String, java.util.UUID> moments = new LinkedHashMap<>();
        moments.put("Welcome", welcome.getId());
        moments.put("First bill", bill.getId());
        surveys.importNow(new ImportRequest(journey.getId(), "q10.csv",
                app.momentum.measurement.survey.SurveyFiles.mapping(moments, "Region"), 7, LocalDate.of(2026, 10, 1)),
                file(app.momentum.measurement.survey.SurveyFiles.TEN_RESPONDENTS));
        MiningView view = openJourney();
        Grid<?> table = $(Grid.class, view).id("impact-table");
        @SuppressWarnings("unchecked")
        Select<app.momentum.measurement.analysis.ImpactMethod> method = $(Select.class, view).id("mining-impact-method");
        ImpactMatrixChart chart = $(ImpactMatrixChart.class, view).single();

        // the source's method by default: those who got the first bill recommend less → fix it
        assertThat(method.getValue()).isEqualTo(app.momentum.measurement.analysis.ImpactMethod.EXPERIENCE_EFFECT);
        assertThat(test(table).getCellText(0, 0)).isEqualTo("First bill");
        assertThat(test(table).getCellText(0, 1)).isEqualTo("Fix");
        assertThat(test(table).getCellText(0, test(table).getColumnPosition("impact"))).isEqualTo("-0.42 *");
        assertThat(test(table).getCellText(1, 1)).as("everyone had Welcome: nothing to compare").isEqualTo("–");
        assertThat(chart.getOption().get("yAxis").get("name").asString())
                .isEqualTo("Experience effect on recommendation (r)");
        assertThat(chart.getOption().get("series").get(0).get("data")).hasSize(1);
        assertThat($(Paragraph.class, view).id("mining-method-explained").getText())
                .startsWith("Impact compares the recommendation of customers who experienced a moment");

        method.setValue(app.momentum.measurement.analysis.ImpactMethod.SATISFACTION_DRIVER);
        assertThat(test(table).getCellText(0, 0)).isEqualTo("First bill");
        assertThat(test(table).getCellText(0, 1)).isEqualTo("Raise");
        assertThat(test(table).getCellText(0, test(table).getColumnPosition("impact"))).isEqualTo("0.51 *");
        assertThat(chart.getOption().get("yAxis").get("name").asString())
                .isEqualTo("Satisfaction as driver of recommendation (r)");
        assertThat($(Paragraph.class, view).id("mining-method-explained").getText())
                .startsWith("Impact is how closely satisfaction with a moment goes with recommendation");
    }

    @Test
    void showsTheMatrixSortedByPriorityAndPerSegment() throws IOException {
        StoredAnalysis stored = surveys.importNow(request("q4.csv"), file(SURVEY));

        MiningView view = openJourney();

        Grid<?> table = $(Grid.class, view).id("impact-table");
        assertThat(test(table).size()).isEqualTo(2);
        assertThat(test(table).getCellText(0, 0)).isEqualTo("First bill");
        assertThat(test(table).getCellText(1, 0)).isEqualTo("Welcome");
        assertThat(test(table).getCellText(0, 1)).isEqualTo("Raise");
        assertThat($(Paragraph.class, view).id("mining-summary").getText())
                .isEqualTo("4 respondents · NPS 0 (95 % interval " + signed(stored.result().overall().nps().lower95())
                        + " to " + signed(stored.result().overall().nps().upper95()) + ") · CXi – · mean effort –");
        assertThat(test(table).getCellText(0, test(table).getColumnPosition("impactN"))).isEqualTo("3");
        assertThat($(com.vaadin.flow.component.html.Div.class, view).id("impact-legend").getChildren().count())
                .isEqualTo(4);
        ImpactMatrixChart chart = $(ImpactMatrixChart.class, view).single();
        assertThat(chart.getOption().get("series").get(0).get("data")).hasSize(2);

        @SuppressWarnings("unchecked")
        Select<String> segment = $(Select.class, view).id("mining-segment-0");
        assertThat(segment.getLabel()).isEqualTo("Region");
        segment.setValue("North");
        // two respondents are below the tenant's minimum of 10: no figures
        Paragraph hidden = $(Paragraph.class, view).id("mining-group-hidden");
        assertThat(hidden.isVisible()).isTrue();
        assertThat(hidden.getText()).startsWith("Only 2 respondents have these values: figures are shown from 10");
        assertThat(table.isVisible()).isFalse();
        assertThat(chart.isVisible()).isFalse();

        surveys.saveSettings(surveys.settings(), 2);
        view = openJourney();
        @SuppressWarnings("unchecked")
        Select<String> again = $(Select.class, view).id("mining-segment-0");
        again.setValue("North");
        assertThat($(Paragraph.class, view).withId("mining-group-hidden").exists()).as("shown, nothing hidden").isFalse();
        assertThat($(Paragraph.class, view).id("mining-summary").getText()).startsWith("2 respondents · NPS +100");
        assertThat(test($(Grid.class, view).id("impact-table")).size()).isEqualTo(2);
    }

    @Test
    void segmentValuesCombineIntoTheGroupThatHasThemAll() throws IOException {
        String survey = """
                Respondent;Region;Type;NPS;Welcome;First bill
                r1;North;New;10;9;8
                r2;North;Existing;9;8;
                r3;South;New;3;4;2
                r4;North;New;6;6;5
                """;
        surveys.saveSettings(surveys.settings(), 1);
        Map<String, java.util.UUID> moments = new LinkedHashMap<>();
        moments.put("Welcome", welcome.getId());
        moments.put("First bill", bill.getId());
        surveys.importNow(new ImportRequest(journey.getId(), "types.csv",
                app.momentum.measurement.survey.SurveyFiles.mapping(moments, "Region", "Type"), 7,
                LocalDate.of(2026, 10, 1)), file(survey));
        MiningView view = openJourney();
        @SuppressWarnings("unchecked")
        Select<String> region = $(Select.class, view).id("mining-segment-0");
        @SuppressWarnings("unchecked")
        Select<String> type = $(Select.class, view).id("mining-segment-1");
        assertThat(region.getLabel()).isEqualTo("Region");
        assertThat(type.getLabel()).isEqualTo("Type");
        region.setValue("North");
        type.setValue("New");
        // North × New = r1 (10) and r4 (6): NPS (1 − 1) / 2 = 0
        assertThat($(Paragraph.class, view).id("mining-summary").getText()).startsWith("2 respondents · NPS 0");
        type.setValue("Existing");
        assertThat($(Paragraph.class, view).id("mining-summary").getText()).startsWith("1 respondents · NPS +100");
        region.setValue("South");
        assertThat($(Paragraph.class, view).id("mining-group-hidden").getText())
                .isEqualTo("No respondent has all of these values.");
        region.setValue(ImpactMatrixPanel.ALL);
        type.setValue(ImpactMatrixPanel.ALL);
        assertThat($(Paragraph.class, view).id("mining-summary").getText()).startsWith("4 respondents");
    }

    @Test
    void withoutAChoiceTheMostRecentlySurveyedJourneyOpens() throws IOException {
        surveys.importNow(request("q4.csv"), file(SURVEY));

        MiningView view = navigate(MiningView.class);

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<JourneyRef> chosen =
                $(com.vaadin.flow.component.combobox.ComboBox.class, view).id("mining-journey");
        assertThat(chosen.getValue().id()).isEqualTo(journey.getId());
        assertThat(test($(Grid.class, view).id("impact-table")).size()).isEqualTo(2);
    }

    @Test
    void createsAnActionFromAMomentToFixOrRaiseInOneClick() throws IOException {
        surveys.importNow(request("q4.csv"), file(SURVEY));
        MiningView view = openJourney();

        // both moments score below 7 with a positive impact: "raise"; the first row is the top priority
        Grid<?> table = $(Grid.class, view).id("impact-table");
        assertThat(createButton(table, 1)).isPresent();
        test(createButton(table, 0).orElseThrow()).click();

        List<ImprovementAction> made = actions.list(new ActionService.ActionFilter(journey.getId(), null, null, null,
                null, false, null), PageRequest.of(0, 10));
        assertThat(made).singleElement().satisfies(action -> {
            assertThat(action.getTitle()).isEqualTo("Raise satisfaction: First bill");
            assertThat(action.getDescription()).startsWith("Raise satisfaction here to make it a standout.")
                    .contains("q4.csv", "mean satisfaction 5.0", "experienced by 75%");
            assertThat(action.getMomentIds()).containsExactly(bill.getId());
        });

        tenant.loginAs(Role.EXECUTIVE);
        MiningView reader = openJourney();
        assertThat(createButton($(Grid.class, reader).id("impact-table"), 0)).isEmpty();
    }

    @Test
    void aDutchUserGetsADutchActionFromTheMatrix() throws IOException {
        surveys.importNow(request("q4.csv"), file(SURVEY));
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("nl"));
        MiningView view = openJourney();

        assertThat(actionFromTheFirstRow(view)).satisfies(action -> {
            assertThat(action.getTitle()).isEqualTo("Tevredenheid verhogen: First bill");
            assertThat(action.getDescription()).startsWith("Verhoog hier de tevredenheid")
                    .contains("gemiddelde tevredenheid 5,0", "Alle respondenten");
        });
    }

    /** Presses the first table row's "make it an action" button; the journey then has exactly that one action. */
    private ImprovementAction actionFromTheFirstRow(MiningView view) {
        test(createButton($(Grid.class, view).id("impact-table"), 0).orElseThrow()).click();
        List<ImprovementAction> made = actions.list(new ActionService.ActionFilter(journey.getId(), null, null, null,
                null, false, null), PageRequest.of(0, 10));
        assertThat(made).hasSize(1);
        return made.getFirst();
    }

    @Test
    void anActionFromTheMatrixIsWrittenInTheLanguageTheUserChose() throws IOException {
        surveys.importNow(request("q4.csv"), file(SURVEY));
        var user = tenant.user(Role.CX_MANAGER);
        app.momentum.base.TenantContext.runGlobal(() -> transaction.executeWithoutResult(status -> {
            var stored = users.findById(user.getId()).orElseThrow();
            stored.setPreferredLanguage(java.util.Locale.forLanguageTag("nl"));
            users.save(stored);
        }));
        // a page still in the browser's English (opened before the choice, or with an English browser)
        MiningView view = openJourney();

        assertThat(actionFromTheFirstRow(view)).satisfies(action -> {
            assertThat(action.getTitle()).isEqualTo("Tevredenheid verhogen: First bill");
            assertThat(action.getDescription()).startsWith("Verhoog hier de tevredenheid");
        });
    }

    @Test
    void theLegendNamesEachQuadrantOnceInBothLanguages() throws IOException {
        surveys.importNow(request("q4.csv"), file(SURVEY));
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("nl"))) {
            com.vaadin.flow.component.UI.getCurrent().setLocale(locale);
            MiningView view = openJourney();
            List<String> items = $(com.vaadin.flow.component.html.Div.class, view).id("impact-legend").getChildren()
                    .map(item -> item.getElement().getTextRecursively()).toList();
            assertThat(items).hasSize(4).allSatisfy(item -> {
                String name = item.substring(0, item.indexOf(':'));
                // "Over-delivering: Over-delivering: save cost" said the name twice
                assertThat(item.substring(name.length() + 1)).as(locale + " " + item).doesNotContain(name + ":");
            });
        }
    }

    @Test
    void theImportDialogMapsColumnsAndRunsTheAnalysis() throws Exception {
        MiningView view = openJourney();
        test($(Button.class, view).id("mining-import")).click();
        SurveyImportDialog dialog = $(SurveyImportDialog.class).single();

        dialog.receive(file(SURVEY.replace("Welcome;", "Q1 welcome;")), "q4.csv").run();

        assertThat($(Paragraph.class, dialog).id("survey-import-file").getText()).isEqualTo("q4.csv: 5 columns");
        Grid<?> mapping = $(Grid.class, dialog).id("survey-mapping");
        assertThat(test(mapping).size()).isEqualTo(5);
        assertThat(dialog.mapping().assignmentOf("First bill")).isEqualTo(ColumnAssignment.moment(bill.getId()));
        // not named like a moment: left for the user to map
        assertThat(dialog.mapping().assignmentOf("Q1 welcome").role()).isEqualTo(ColumnRole.IGNORE);

        test($(Button.class, dialog).id("survey-import-start")).click();
        awaitDone(dialog);
        assertThat(surveys.imports(journey.getId())).singleElement()
                .satisfies(s -> assertThat(s.getFileName()).isEqualTo("q4.csv"));
    }

    @Test
    void aSegmentShowsAsItsValueUnderTheLabelChosenWhenMappingAndTheLabelIsRemembered() throws Exception {
        String segmentColumn = SURVEY.replace("Region", "segment");
        SurveyImportDialog dialog = importDialog(segmentColumn);
        com.vaadin.flow.component.textfield.TextField label = segmentLabel(dialog);
        assertThat(label.getValue()).isEqualTo("Segment"); // the header in words until the user names it
        label.setValue("Customer type");
        analyse(dialog);

        MiningView view = openJourney();
        @SuppressWarnings("unchecked")
        Select<String> segment = $(Select.class, view).id("mining-segment-0");
        assertThat(segment.getLabel()).isEqualTo("Customer type");
        assertThat(segment.getItemLabelGenerator().apply("North")).isEqualTo("North");
        assertThat(surveys.analysis(surveys.imports(journey.getId()).getFirst().getId()).orElseThrow()
                .segmentLabel("segment")).isEqualTo("Customer type");

        // the next file of the same export is mapped with the same label
        assertThat(segmentLabel(importDialog(segmentColumn)).getValue()).isEqualTo("Customer type");
    }

    @Test
    void theMappingStepWarnsWhileOnlySomeOfTheCxiItemsAreMapped() {
        // a field name no table knows ("Q12") stays on Ignore; Easy and Enjoyable are mapped
        SurveyImportDialog dialog = importDialog("""
                Respondent;NPS;Q12;Easy;Enjoyable;Welcome
                r1;9;4;5;4;8
                r2;6;2;3;2;5
                """);
        Paragraph warning = $(Paragraph.class, dialog).id("survey-import-cxi-warning");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).isEqualTo("The CXi is the mean of its three items, and only 2 of them is mapped: "
                + "it will be shown as unknown, with the score of each mapped item. Map CXi: met my needs (1–5) for a CXi.");

        Grid<?> mapping = $(Grid.class, dialog).id("survey-mapping");
        @SuppressWarnings("unchecked")
        Select<ColumnRole> role = (Select<ColumnRole>) test(mapping).getCellComponent(2, 2);
        assertThat(test(mapping).getCellText(2, 0)).isEqualTo("Q12");
        role.setValue(ColumnRole.CXI_NEEDS);
        assertThat(warning.isVisible()).as("all three mapped").isFalse();
    }

    @Autowired app.momentum.brand.BrandService brand;

    @Test
    void theBrandTabExplainsWhatItNeedsUntilASurveyAsksAboutTheBrandValues() throws IOException {
        surveys.importNow(request("q4.csv"), file(SURVEY));
        MiningView view = openJourney();
        $(com.vaadin.flow.component.tabs.Tabs.class, view).single()
                .setSelectedTab($(com.vaadin.flow.component.tabs.Tab.class, view).id("mining-tab-brand"));

        assertThat($(EmptyState.class, view).id("brand-impact-empty").getElement().getTextRecursively())
                .startsWith("This survey did not ask about the brand values")
                .contains("map those columns to the brand values when importing");
    }

    @Test
    void aBrandValueColumnIsMappedInTheDialogAndTheBrandTabRanksTheMomentsThatCarryIt() throws Exception {
        java.util.UUID honest = brand.saveValue(null, null,
                new app.momentum.brand.BrandService.BrandValueData("Honest", null, null, null)).getId();
        welcome = maps.saveMoment(welcome.getId(), welcome.getVersion(), new JourneyMapService.MomentData("Welcome",
                null, null, null, null, null, app.momentum.journey.MomentNature.EMOTIONAL,
                app.momentum.journey.TargetLevel.SEVEN_PLUS, false, true, List.of(honest), null, null, List.of(),
                List.of(), null, null, null, null, null, null));
        SurveyImportDialog dialog = importDialog(app.momentum.measurement.survey.SurveyFiles.TWELVE_WITH_BRAND_VALUE
                .replace("Honest", "Do you find us honest?").replace("NPS;", "NPS;Extra;")
                .replaceAll("(r\\d+;\\d+;)", "$1;"));
        // named after the brand value: proposed as its column, the value shown in the row
        assertThat(dialog.mapping().assignmentOf("Do you find us honest?"))
                .isEqualTo(ColumnAssignment.brandValue(ColumnRole.BRAND_VALUE_5, honest));
        Grid<?> mapping = $(Grid.class, dialog).id("survey-mapping");
        int row = 5;
        assertThat(test(mapping).getCellText(row, 0)).isEqualTo("Do you find us honest?");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<app.momentum.brand.BrandService.Named> value =
                (com.vaadin.flow.component.combobox.ComboBox<app.momentum.brand.BrandService.Named>) test(mapping)
                        .getCellComponent(row, 3).getChildren().filter(c -> c.getElement().getClassList()
                                .contains("brand-value-box")).findFirst().orElseThrow();
        assertThat(value.isVisible()).isTrue();
        assertThat(value.getValue().name()).isEqualTo("Honest");

        // a second column given the role without its value: refused, with the column named, nothing started
        @SuppressWarnings("unchecked")
        Select<ColumnRole> role = (Select<ColumnRole>) test(mapping).getCellComponent(2, 2);
        assertThat(test(mapping).getCellText(2, 0)).isEqualTo("Extra");
        role.setValue(ColumnRole.BRAND_VALUE_10);
        test($(Button.class, dialog).id("survey-import-start")).click();
        assertThat($(Paragraph.class, dialog).id("survey-import-problem").getText())
                .isEqualTo("Choose which brand value column \"Extra\" asks about, or ignore the column.");
        assertThat(dialog.job()).isNull();
        role.setValue(ColumnRole.IGNORE);
        analyse(dialog);

        MiningView view = openJourney();
        $(com.vaadin.flow.component.tabs.Tabs.class, view).single()
                .setSelectedTab($(com.vaadin.flow.component.tabs.Tab.class, view).id("mining-tab-brand"));
        com.vaadin.flow.component.html.Div section = $(com.vaadin.flow.component.html.Div.class, view)
                .id("brand-impact-value-0");
        assertThat(section.getElement().getTextRecursively()).startsWith("Honest")
                .contains("12 respondents answered · mean 3.17 on 1–5");
        Grid<?> carriers = $(Grid.class, section).single();
        // the experience effect by default: Welcome (r = 0.62 on 12) carries honesty most, but not reliably yet
        assertThat(test(carriers).getCellText(0, 0)).isEqualTo("Welcome meant to express it");
        assertThat(test(carriers).getCellText(0, 1)).isEqualTo("No measurable effect");
        assertThat(test(carriers).getCellText(0, 2)).isEqualTo("0.62");
        assertThat(test(carriers).getCellText(0, 4)).isEqualTo("12");
        assertThat(test(carriers).getCellText(1, 0)).isEqualTo("First bill");

        @SuppressWarnings("unchecked")
        Select<app.momentum.measurement.analysis.ImpactMethod> method = $(Select.class, view).id("brand-impact-method");
        method.setValue(app.momentum.measurement.analysis.ImpactMethod.SATISFACTION_DRIVER);
        Grid<?> driver = $(Grid.class, $(com.vaadin.flow.component.html.Div.class, view).id("brand-impact-value-0"))
                .single();
        assertThat(test(driver).getCellText(0, 2)).isEqualTo("0.95");
        assertThat($(Paragraph.class, view).id("brand-impact-explained").getText())
                .startsWith("Impact is how closely satisfaction with a moment goes with how strongly");
    }

    private SurveyImportDialog importDialog(String content) {
        $(SurveyImportDialog.class).all().forEach(SurveyImportDialog::close);
        MiningView view = openJourney();
        test($(Button.class, view).id("mining-import")).click();
        SurveyImportDialog dialog = $(SurveyImportDialog.class).single();
        dialog.receive(file(content), "q4.csv").run();
        return dialog;
    }

    private com.vaadin.flow.component.textfield.TextField segmentLabel(SurveyImportDialog dialog) {
        Grid<?> mapping = $(Grid.class, dialog).id("survey-mapping");
        for (int row = 0; row < test(mapping).size(); row++) {
            if (test(mapping).getCellText(row, 0).equals("segment")) {
                var field = test(mapping).getCellComponent(row, 3).getChildren()
                        .filter(c -> c instanceof com.vaadin.flow.component.textfield.TextField).findFirst()
                        .map(com.vaadin.flow.component.textfield.TextField.class::cast).orElseThrow();
                assertThat(field.isVisible()).isTrue();
                return field;
            }
        }
        throw new AssertionError("no segment column");
    }

    private void analyse(SurveyImportDialog dialog) throws InterruptedException {
        test($(Button.class, dialog).id("survey-import-start")).click();
        awaitDone(dialog);
    }

    /** Waits for the dialog's job, read again from the queue as the dialog's polls do. */
    private void awaitDone(SurveyImportDialog dialog) throws InterruptedException {
        SurveyImportJob job = dialog.job();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (job.state().unfinished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            job = surveys.job(job.id()).orElseThrow();
        }
        assertThat(job.state()).isEqualTo(SurveyImportJob.State.DONE);
    }

    @Test
    void theSameFileAgainIsAskedAboutAndImportedOnlyWhenConfirmed() throws Exception {
        surveys.importNow(request("q4.csv"), file(SURVEY));
        MiningView view = openJourney();
        test($(Button.class, view).id("mining-import")).click();
        SurveyImportDialog dialog = $(SurveyImportDialog.class).single();
        dialog.receive(file(SURVEY), "q4-again.csv").run();
        test($(Button.class, dialog).id("survey-import-start")).click();

        com.vaadin.flow.component.confirmdialog.ConfirmDialog ask =
                $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).id("survey-duplicate-confirm");
        assertThat(ask.getElement().getProperty("message")).isEqualTo(
                "This file was already imported for this journey as “q4.csv” (survey of 2026-10-01). "
                        + "Importing it again counts its respondents twice.");
        assertThat(dialog.job()).isNull();
        assertThat(surveys.imports(journey.getId())).hasSize(1);

        test(ask).confirm();
        awaitDone(dialog);
        assertThat(surveys.imports(journey.getId())).hasSize(2);
    }

    @Test
    void aBadFileIsExplainedInTheDialogAndNothingIsStored() throws Exception {
        MiningView view = openJourney();
        test($(Button.class, view).id("mining-import")).click();
        SurveyImportDialog dialog = $(SurveyImportDialog.class).single();

        Path headerOnly = file("Respondent;NPS;Welcome\n");
        dialog.receive(headerOnly, "empty.csv").run();

        Paragraph problem = $(Paragraph.class, dialog).id("survey-import-problem");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("only contains a header row");
        assertThat(Files.exists(headerOnly)).isFalse();
        assertThat(surveys.imports(journey.getId())).isEmpty();
    }

    @Test
    void theJourneyMapShowsTheMeasuredCurveAndWhetherEachTargetIsMet() throws IOException {
        // Welcome: mean 7.5, a 7+ moment → met; First bill: mean 5.0 → missed
        surveys.importNow(request("q4.csv"), file(SURVEY.replace("r3;South;3;4;2", "r3;South;3;7;2")));

        com.vaadin.flow.component.UI.getCurrent().navigate(app.momentum.journey.ui.JourneyMapView.class,
                app.momentum.journey.ui.JourneyMapView.parameters(journey.getId()));

        // the canvas gets the map as JSON: per moment the measured mean (its own 1–10 curve) and target met or missed
        var ui = com.vaadin.flow.component.UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        tools.jackson.databind.JsonNode model = ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("this.setModel("))
                .flatMap(i -> i.getInvocation().getParameters().stream())
                .filter(tools.jackson.databind.JsonNode.class::isInstance).map(tools.jackson.databind.JsonNode.class::cast)
                .findFirst().orElseThrow();
        List<String> results = new java.util.ArrayList<>();
        model.get("moments").forEach(m -> {
            if (!m.get("satisfaction").isNull()) {
                results.add(m.get("title").asString() + " " + m.get("measured").asDouble() + " "
                        + m.get("satisfaction").get("target").asInt() + " " + m.get("satisfaction").get("met").asBoolean());
            }
        });
        assertThat(results).containsExactly("Welcome 7.5 7 true", "First bill 5.0 7 false");
    }

    @Test
    void thePerceptionGapTabShowsIntendedEstimateAndMeasuredAndTakesTheNextEstimate() throws IOException {
        surveys.importNow(request("q4.csv"), file(SURVEY));
        MiningView view = openJourney();
        com.vaadin.flow.component.tabs.Tabs tabs = $(com.vaadin.flow.component.tabs.Tabs.class, view).single();
        tabs.setSelectedTab($(com.vaadin.flow.component.tabs.Tab.class, view).id("mining-tab-gap"));

        Grid<?> gaps = $(Grid.class, view).id("gap-table");
        assertThat(test(gaps).size()).isEqualTo(2);
        assertThat(test(gaps).getCellText(0, 0)).isEqualTo("Welcome");
        assertThat(test(gaps).getCellText(0, 1)).isEqualTo("7+");
        assertThat(test(gaps).getCellText(0, 2)).isEqualTo("–"); // nobody estimated before the survey
        assertThat(test(gaps).getCellText(0, 3)).isEqualTo("6.8");

        var next = (com.vaadin.flow.component.textfield.BigDecimalField) test(gaps).getCellComponent(0, 5);
        test(next).setValue(new java.math.BigDecimal("8.5"));
        assertThat(gapService.latestEstimates(journey.getId()).get(welcome.getId()).getEstimate())
                .isEqualByComparingTo("8.5");
        test(next).setValue(new java.math.BigDecimal("11"));
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).isEqualTo("An estimate is a mean satisfaction between 1 and 10.");
    }

    @Test
    void theTrendsTabFollowsEachMomentFromSurveyToSurvey() throws IOException {
        surveys.importNow(request("q3.csv", LocalDate.of(2026, 7, 1)), file(SURVEY));
        surveys.importNow(request("q4.csv", LocalDate.of(2026, 10, 1)), file(SURVEY.replace("r3;South;3;4;2", "r3;South;3;8;2")));
        MiningView view = openJourney();
        $(com.vaadin.flow.component.tabs.Tabs.class, view).single()
                .setSelectedTab($(com.vaadin.flow.component.tabs.Tab.class, view).id("mining-tab-trends"));

        Grid<?> trends = $(Grid.class, view).id("survey-trends-table");
        assertThat(test(trends).getHeaderCell(1)).isEqualTo("2026-07-01");
        assertThat(test(trends).getHeaderCell(2)).isEqualTo("2026-10-01");
        assertThat(test(trends).getCellText(0, 0)).isEqualTo("Welcome");
        assertThat(test(trends).getCellText(0, 1)).isEqualTo("6.8");
        assertThat(test(trends).getCellText(0, 2)).isEqualTo("7.8");
        assertThat(test(trends).getCellText(0, 3)).isEqualTo("+1.0");
        assertThat(test(trends).getCellText(1, 3)).isEqualTo("0.0");
        var chart = $(app.momentum.base.ui.chart.EChart.class, view).id("survey-trends-chart").getOption();
        assertThat(chart.get("series").get(0).get("data")).hasSize(2);
    }

    @Test
    void editorsSetTheThresholdsForTheNextImportWithClearMessages() {
        MiningView view = openJourney();
        test($(Button.class, view).id("mining-settings")).click();
        AnalysisSettingsDialog dialog = $(AnalysisSettingsDialog.class).single();
        assertThat(dialog.satisfaction.getValue()).isEqualTo(7.0);
        assertThat(dialog.ninePlusShare.getValue()).isEqualTo(50);

        dialog.ninePlusShare.setValue(140);
        test($(Button.class, dialog).id("editor-save")).click();
        assertThat(dialog.ninePlusShare.isInvalid()).isTrue();
        assertThat(dialog.ninePlusShare.getErrorMessage())
                .isEqualTo("The share of 9s and 10s is a percentage between 1 and 100.");
        assertThat(surveys.settings().ninePlusShareTarget()).isEqualTo(0.5);

        assertThat(dialog.method.getValue()).as("the source's method for a new tenant")
                .isEqualTo(app.momentum.measurement.analysis.ImpactMethod.EXPERIENCE_EFFECT);
        dialog.ninePlusShare.setValue(60);
        dialog.satisfaction.setValue(6.5);
        dialog.method.setValue(app.momentum.measurement.analysis.ImpactMethod.SATISFACTION_DRIVER);
        test($(Button.class, dialog).id("editor-save")).click();
        assertThat(surveys.settings().impactMethod())
                .isEqualTo(app.momentum.measurement.analysis.ImpactMethod.SATISFACTION_DRIVER);
        assertThat(surveys.settings().ninePlusShareTarget()).isEqualTo(0.6);
        assertThat(surveys.settings().satisfactionThreshold()).isEqualTo(6.5);

        tenant.loginAs(Role.EXECUTIVE);
        assertThat($(Button.class, openJourney()).withId("mining-settings").exists()).isFalse();
    }

    private java.util.Optional<Button> createButton(Grid<?> table, int row) {
        return test(table).getCellComponent(row, "actions").getChildren()
                .filter(c -> c instanceof Button button && button.hasClassName("create-action"))
                .map(Button.class::cast).findFirst();
    }

    /** Opens the journey's mining page afresh (from another page: Vaadin keeps a page navigated to itself). */
    private MiningView openJourney() {
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        com.vaadin.flow.component.UI.getCurrent().navigate(MiningView.class, MiningView.parameters(journey.getId(), null));
        return $(MiningView.class).single();
    }

    private ImportRequest request(String name) {
        return request(name, LocalDate.of(2026, 10, 1));
    }

    private ImportRequest request(String name, LocalDate fieldedOn) {
        Map<String, java.util.UUID> moments = new LinkedHashMap<>();
        moments.put("Welcome", welcome.getId());
        moments.put("First bill", bill.getId());
        // four respondents all had Welcome: these tests read the satisfaction driver (the effect is unknown)
        return new ImportRequest(journey.getId(), name,
                app.momentum.measurement.survey.SurveyFiles.mapping(moments, "Region"), 7, fieldedOn,
                app.momentum.measurement.analysis.ImpactQuestion.RECOMMEND, false,
                app.momentum.measurement.analysis.ImpactMethod.SATISFACTION_DRIVER);
    }

    private static String signed(double value) {
        long rounded = Math.round(value);
        return rounded > 0 ? "+" + rounded : String.valueOf(rounded);
    }

    private static Path file(String content) {
        return app.momentum.measurement.survey.SurveyFiles.write(content);
    }
}
