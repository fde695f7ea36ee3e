package app.momentum.measurement.ui;

import app.momentum.tenancy.RoleNames;
import app.momentum.journey.JourneyNavigation;
import app.momentum.base.ui.EmptyState;
import app.momentum.action.ActionService.ActionRef;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.RouteIds;
import app.momentum.base.ui.UiActions;
import app.momentum.journey.JourneyLookup.JourneyRef;
import app.momentum.journey.JourneyLookup;
import app.momentum.measurement.MeasurementPermissions;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.survey.QuadrantActions;
import app.momentum.measurement.survey.StoredAnalysis;
import app.momentum.measurement.survey.SurveyImport;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.security.MemberSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Journey mining: what customers said about a journey's designed moments. Pick a journey and one of its survey
 * imports; see the impact matrix (per segment) or manage the imports. {@code ?journey=…&survey=…} make the page
 * linkable, e.g. from the journey map and from the "analysis ready" notification.
 */
@Route("mining")
@Menu(order = 34, icon = "vaadin:bullseye", title = "mining.nav")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class MiningView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String JOURNEY = "journey";
    static final String SURVEY = "survey";

    private final transient SurveyImportService surveys;
    private final transient QuadrantActions quadrantActions;
    private final transient app.momentum.measurement.survey.SurveyImportJobs jobs;
    private final transient MemberSession memberSession;
    private final transient app.momentum.measurement.PerceptionGapService gapService;
    private final transient JourneyLookup journeys;
    private final boolean editable;
    private final ComboBox<JourneyRef> journey = new ComboBox<>();
    private final boolean anyJourney;
    private final Select<SurveyImport> survey = new Select<>();
    private final Button importSurvey = new Button();
    private final Tab matrixTab = new Tab();
    private final Tab trendsTab = new Tab();
    private final Tab gapTab = new Tab();
    private final Tab brandTab = new Tab();
    private final Tab importsTab = new Tab();
    private final Tabs tabs = new Tabs(matrixTab, brandTab, trendsTab, gapTab, importsTab);
    private final transient app.momentum.measurement.survey.BrandViewService brandView;
    private final VerticalLayout body = new VerticalLayout();

    public MiningView(SurveyImportService surveys, QuadrantActions quadrantActions, JourneyLookup journeys,
                      app.momentum.measurement.PerceptionGapService gapService,
                      app.momentum.measurement.survey.SurveyImportJobs jobs, MemberSession memberSession,
                      app.momentum.measurement.survey.BrandViewService brandView) {
        this.brandView = brandView;
        this.jobs = jobs;
        this.memberSession = memberSession;
        this.surveys = surveys;
        this.journeys = journeys;
        this.gapService = gapService;
        this.quadrantActions = quadrantActions;
        this.editable = MeasurementPermissions.mayImportSurveys(memberSession.require().role());
        addClassName("mining-view");
        setWidthFull();

        journey.setId("mining-journey");
        journey.setLabel(getTranslation("mining.journey"));
        List<JourneyRef> journeyChoices = journeys.activeJourneys(PageRequest.of(0, 500, Sort.by("name")));
        this.anyJourney = !journeyChoices.isEmpty();
        journey.setItems(journeyChoices);
        journey.setItemLabelGenerator(JourneyRef::name);
        journey.setWidth("20rem");
        journey.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(e.getValue() == null ? null : e.getValue().id(), null);
            }
        });
        survey.setId("mining-survey");
        survey.setLabel(getTranslation("mining.survey"));
        survey.setItemLabelGenerator(s -> getTranslation("mining.surveyLabel", s.getFieldedOn().toString(),
                s.getFileName(), s.getRespondents()));
        survey.setWidth("34rem");
        survey.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(e.getValue().getJourneyId(), e.getValue().getId());
            }
        });
        importSurvey.setText(getTranslation("mining.importSurvey"));
        importSurvey.setIcon(VaadinIcon.UPLOAD.create());
        importSurvey.setId("mining-import");
        importSurvey.addThemeVariants(ButtonVariant.PRIMARY);
        importSurvey.addClickListener(e -> openImport());
        importSurvey.setVisible(false);

        Button thresholds = new Button(getTranslation("settings.open"), VaadinIcon.COG.create(),
                e -> new AnalysisSettingsDialog(surveys).open());
        thresholds.setId("mining-settings");
        thresholds.setVisible(editable);
        HorizontalLayout pickers = new HorizontalLayout(journey, survey, importSurvey, thresholds);
        pickers.setAlignItems(Alignment.BASELINE);
        pickers.setWrap(true);
        matrixTab.setLabel(getTranslation("mining.tab.matrix"));
        matrixTab.setId("mining-tab-matrix");
        trendsTab.setLabel(getTranslation("mining.tab.trends"));
        trendsTab.setId("mining-tab-trends");
        gapTab.setLabel(getTranslation("mining.tab.gap"));
        gapTab.setId("mining-tab-gap");
        brandTab.setLabel(getTranslation("mining.tab.brand"));
        brandTab.setId("mining-tab-brand");
        importsTab.setLabel(getTranslation("mining.tab.imports"));
        importsTab.setId("mining-tab-imports");
        tabs.addSelectedChangeListener(e -> showBody());
        tabs.setVisible(false);
        body.setPadding(false);
        body.setWidthFull();
        add(new H1(getTranslation("mining.title")), pickers, tabs, body);
    }

    public static QueryParameters parameters(UUID journeyId, UUID importId) {
        Map<String, String> values = new LinkedHashMap<>();
        if (journeyId != null) {
            values.put(JOURNEY, journeyId.toString());
        }
        if (importId != null) {
            values.put(SURVEY, importId.toString());
        }
        return QueryParameters.simple(values);
    }

    private void go(UUID journeyId, UUID importId) {
        UI.getCurrent().navigate(MiningView.class, parameters(journeyId, importId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        // without a choice, the journey surveyed most recently: that is what people come here for
        Optional<UUID> journeyId = first(query, JOURNEY).or(surveys::lastSurveyedJourney);
        Optional<UUID> importId = first(query, SURVEY);
        Optional<JourneyRef> chosen = journeyId.flatMap(id -> journey.getListDataView().getItems()
                .filter(j -> j.id().equals(id)).findFirst());
        journey.setValue(chosen.orElse(null));
        show(chosen.orElse(null), importId.orElse(null));
    }

    private static Optional<UUID> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst().flatMap(RouteIds::parse);
    }

    private JourneyRef currentJourney;
    private StoredAnalysis current;
    private List<SurveyImport> imports = List.of();

    private void show(JourneyRef chosen, UUID importId) {
        currentJourney = chosen;
        importSurvey.setVisible(editable && chosen != null);
        if (chosen == null) {
            imports = List.of();
            current = null;
        } else {
            imports = surveys.imports(chosen.id());
            SurveyImport selected = imports.stream().filter(s -> s.getId().equals(importId)).findFirst()
                    .orElse(imports.isEmpty() ? null : imports.getFirst());
            current = selected == null ? null : surveys.analysis(selected.getId()).orElse(null);
        }
        survey.setItems(imports);
        survey.setVisible(!imports.isEmpty());
        if (current != null) {
            survey.setValue(imports.stream().filter(s -> s.getId().equals(current.survey().getId())).findFirst()
                    .orElse(null));
        }
        tabs.setVisible(chosen != null && !imports.isEmpty());
        showBody();
    }

    /** A tenant without journeys: mining has nothing to analyse yet; say what comes first. */
    private EmptyState noJourneys() {
        EmptyState empty = new EmptyState(VaadinIcon.SCATTER_CHART, getTranslation("mining.noJourneysTitle"),
                getTranslation("mining.noJourneysPurpose"));
        empty.setId("mining-no-journeys");
        if (editable) {
            Button toJourneys = new Button(getTranslation("mining.toJourneys"), VaadinIcon.ROAD.create(),
                    e -> JourneyNavigation.toPortfolio());
            toJourneys.setId("mining-to-journeys");
            empty.nextStep(getTranslation("mining.noJourneysEditor")).action(toJourneys);
        } else {
            empty.nextStep(getTranslation("mining.noJourneysReader"));
        }
        return empty;
    }

    private void showBody() {
        body.removeAll();
        if (currentJourney == null && !anyJourney) {
            body.add(noJourneys());
            return;
        }
        if (currentJourney == null) {
            Paragraph hint = new Paragraph(getTranslation("mining.journeyHint"));
            hint.setId("mining-hint");
            body.add(hint);
            return;
        }
        showRunningJobs();
        if (imports.isEmpty()) {
            EmptyState empty = new EmptyState(VaadinIcon.SCATTER_CHART, getTranslation("mining.empty"),
                    getTranslation("mining.emptyPurpose"));
            empty.setId("mining-empty");
            if (editable) {
                Button importFirst = new Button(getTranslation("mining.importSurvey"), VaadinIcon.UPLOAD.create(),
                        e -> openImport());
                importFirst.setId("mining-import-empty");
                empty.nextStep(getTranslation("mining.emptyEditor")).action(importFirst);
            } else {
                empty.nextStep(getTranslation("mining.emptyReader"));
            }
            body.add(empty);
        } else if (tabs.getSelectedTab() == trendsTab) {
            body.add(new SurveyTrendsPanel(surveys.history(currentJourney.id())));
        } else if (tabs.getSelectedTab() == gapTab && current != null) {
            body.add(new PerceptionGapPanel(gapService, journeys, currentJourney.id(), current.survey().getId()));
        } else if (tabs.getSelectedTab() == brandTab && current != null) {
            body.add(new BrandImpactPanel(brandView, current));
        } else if (tabs.getSelectedTab() == importsTab) {
            body.add(new SurveyImportsPanel(surveys, imports, editable, () -> go(currentJourney.id(), null)));
        } else if (current != null) {
            body.add(new ImpactMatrixPanel(current, editable, surveys.minimumGroupSize(), this::openMoment,
                    this::createAction));
        }
    }

    /** Analyses still running for this journey, e.g. started before the page was reopened. */
    private void showRunningJobs() {
        memberSession.current().ifPresent(me -> jobs.running(me.tenantId(), currentJourney.id()).forEach(job -> {
            Paragraph running = new Paragraph(job.state() == app.momentum.measurement.survey.SurveyImportJob.State.QUEUED
                    ? getTranslation("mining.imports.queued", job.fileName())
                    : getTranslation("mining.imports.running", job.fileName(), job.progress()));
            running.addClassName("mining-running");
            body.add(running);
        }));
    }


    private void openMoment(UUID momentId) {
        JourneyNavigation.toMoment(currentJourney.id(), momentId);
    }

    private void createAction(ImpactMatrixPanel.Segment segment, MomentResult moment) {
        UiActions.attempt(this, () -> {
            ActionRef action = quadrantActions.create(current.survey().getId(), segment.values(), moment.momentId(),
                    moment.method(), getLocale());
            Notifications.success(getTranslation("mining.actionCreated", action.title()));
        });
    }

    private void openImport() {
        if (currentJourney != null) {
            new SurveyImportDialog(surveys, currentJourney.id(),
                    importId -> go(currentJourney.id(), importId)).open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mining.title");
    }
}
