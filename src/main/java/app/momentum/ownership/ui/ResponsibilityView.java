package app.momentum.ownership.ui;

import app.momentum.tenancy.RoleNames;
import app.momentum.ownership.OwnershipPermissions;
import com.vaadin.flow.component.UI;
import app.momentum.base.ui.EmptyState;
import app.momentum.base.UserFacingException;
import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.RouteIds;
import app.momentum.base.ui.TextLimits;
import app.momentum.base.ui.UiActions;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.journey.JourneyLookup.MomentRef;
import app.momentum.journey.JourneyNavigation;
import app.momentum.ownership.internal.MomentEnabler;
import app.momentum.ownership.OwnershipService;
import app.momentum.ownership.OwnershipService.Matrix;
import app.momentum.ownership.domain.Raci;
import app.momentum.security.MemberSession;
import app.momentum.tenancy.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A journey's responsibility matrix: moments × disciplines with R/A/C/I, the employee enablers per moment,
 * and the gaps (no accountable discipline, a 9+ moment without HR or without expected behaviour).
 */
@Route("journeys/:journeyId/responsibilities")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
class ResponsibilityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String JOURNEY_ID = "journeyId";

    private final transient OwnershipService ownership;
    private final boolean editable;
    private UUID journeyId;
    private final Grid<MomentRef> grid = new Grid<>();

    public ResponsibilityView(OwnershipService ownership, MemberSession memberSession) {
        this.ownership = ownership;
        Role role = memberSession.require().role();
        this.editable = OwnershipPermissions.mayAssign(role);
        addClassName("responsibility-view");
        setSizeFull();
    }

    public static RouteParameters parameters(UUID journeyId) {
        return new RouteParameters(JOURNEY_ID, journeyId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = RouteIds.parse(event, JOURNEY_ID);
        if (id.isEmpty()) {
            throw new NotFoundException();
        }
        journeyId = id.get();
        try {
            show(ownership.matrix(journeyId));
        } catch (UserFacingException notFound) {
            throw new NotFoundException();
        }
    }

    private void show(Matrix matrix) {
        removeAll();
        add(JourneyNavigation.linkToMap(getTranslation("raci.back"), journeyId),
                new H1(getTranslation("raci.title")), new Paragraph(getTranslation("raci.intro")));
        grid.removeAllColumns();
        grid.addColumn(MomentRef::title).setHeader(getTranslation("moment.name")).setFlexGrow(3).setFrozen(true);
        for (DisciplineRef discipline : matrix.disciplines()) {
            grid.addComponentColumn(m -> cell(matrix, m, discipline)).setHeader(discipline.name()).setAutoWidth(true);
        }
        grid.addComponentColumn(m -> gaps(matrix, m)).setHeader(getTranslation("raci.gaps")).setFlexGrow(3);
        grid.addComponentColumn(m -> enablerButton(matrix, m)).setHeader(getTranslation("raci.enablers")).setAutoWidth(true);
        grid.setItems(matrix.moments());
        EmptyState noMoments = new EmptyState(VaadinIcon.USERS, getTranslation("raci.emptyTitle"), getTranslation("raci.emptyPurpose"));
        noMoments.setId("raci-empty");
        Button toMap = new Button(getTranslation("raci.toMap"), VaadinIcon.ROAD.create(),
                e -> JourneyNavigation.toMap(journeyId));
        toMap.setId("raci-to-map");
        noMoments.nextStep(getTranslation(editable ? "raci.emptyNextEditor" : "raci.emptyNextReader")).action(toMap);
        grid.setEmptyStateComponent(noMoments);
        grid.setId("raci-grid");
        grid.setSizeFull();
        add(grid);
        expand(grid);
    }

    private com.vaadin.flow.component.Component cell(Matrix matrix, MomentRef moment, DisciplineRef discipline) {
        Raci current = matrix.cell(moment.id(), discipline.id());
        if (!editable) {
            return new Span(current == null ? "" : current.name());
        }
        Select<Raci> select = new Select<>();
        select.setItems(Arrays.asList(Raci.values()));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("–");
        select.setItemLabelGenerator(r -> r == null ? "–" : r.name());
        select.setValue(current);
        select.setWidth("5rem");
        select.setAriaLabel(getTranslation("raci.cell", moment.title(), discipline.name()));
        select.getElement().setAttribute("title", current == null ? "" : getTranslation("raci." + current.name()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && !UiActions.attempt(this, () -> ownership.setRaci(moment.id(), discipline.id(), e.getValue()))) {
                select.setValue(e.getOldValue());
                return;
            }
            if (e.isFromClient()) {
                show(ownership.matrix(journeyId));
            }
        });
        return select;
    }

    private Div gaps(Matrix matrix, MomentRef moment) {
        Div gaps = new Div();
        gaps.addClassName("badges");
        matrix.gapsOf(moment.id()).forEach(gap -> {
            Span tag = new Span(getTranslation("gapShort." + gap.type().name()));
            tag.addClassNames("tag", "tag-error");
            tag.getElement().setAttribute("title", getTranslation(gap.type().labelKey()));
            gaps.add(tag);
        });
        return gaps;
    }

    private Button enablerButton(Matrix matrix, MomentRef moment) {
        MomentEnabler enabler = matrix.enablers().get(moment.id());
        Button button = new Button(getTranslation(enabler == null ? "raci.addEnablers" : "raci.editEnablers"), VaadinIcon.USERS.create(),
                e -> enablerDialog(moment, enabler));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setEnabled(editable || enabler != null);
        return button;
    }

    private void enablerDialog(MomentRef moment, MomentEnabler enabler) {
        TextArea behaviour = area("enabler.behaviour", enabler == null ? null : enabler.getExpectedBehaviour());
        TextArea training = area("enabler.training", enabler == null ? null : enabler.getTraining());
        TextArea hiring = area("enabler.hiring", enabler == null ? null : enabler.getHiringCriteria());
        TextArea incentives = area("enabler.incentives", enabler == null ? null : enabler.getIncentives());
        TextArea process = area("enabler.process", enabler == null ? null : enabler.getProcessChange());
        EditorDialog dialog = new EditorDialog(getTranslation("enabler.title", moment.title()),
                () -> ownership.saveEnabler(moment.id(), new OwnershipService.EnablerData(behaviour.getValue(), training.getValue(),
                        hiring.getValue(), incentives.getValue(), process.getValue())),
                () -> show(ownership.matrix(journeyId)))
                .withFields(behaviour, training, hiring, incentives, process);
        if (!editable) {
            for (TextArea area : new TextArea[] {behaviour, training, hiring, incentives, process}) {
                area.setReadOnly(true);
            }
        }
        dialog.open();
    }

    private TextArea area(String key, String value) {
        TextArea area = new TextArea(getTranslation(key));
        area.setValue(Objects.requireNonNullElse(value, ""));
        TextLimits.limit(area, 2000);
        area.setWidthFull();
        return area;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("raci.title") + " · Momentum";
    }
}
