package app.momentum.measurement.followup.ui;

import app.momentum.tenancy.RoleNames;
import app.momentum.measurement.MeasurementPermissions;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.UI;
import app.momentum.measurement.ui.MiningView;
import app.momentum.security.MemberSession;
import app.momentum.base.ui.EmptyState;
import app.momentum.base.UserFacingException;
import app.momentum.base.ui.Formats;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.TextLimits;
import app.momentum.discipline.DisciplineService;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.journey.JourneyLookup.JourneyRef;
import app.momentum.journey.JourneyLookup;
import app.momentum.measurement.followup.FollowUp;
import app.momentum.measurement.followup.FollowUpService;
import app.momentum.measurement.followup.FollowUpStatus;
import app.momentum.tenancy.TenantMembers;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * The close-the-loop queue: respondents who would not recommend or scored a moment very low, for the team that
 * answers for the moment to contact. Status and note are edited in place by whoever may update the item.
 */
@Route("follow-up")
@Menu(order = 36, icon = "vaadin:phone", title = "followUp.nav")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class FollowUpView extends VerticalLayout implements HasDynamicTitle {

    /** Which items to show. */
    enum Show { OPEN, DONE, ALL }

    private final transient FollowUpService followUps;
    private final Grid<FollowUp> grid = new Grid<>();
    private final Select<Show> show = new Select<>();
    private final Select<FollowUpService.Scope> scope = new Select<>();
    private final Map<UUID, String> journeyNames;
    private Map<UUID, String> momentTitles = Map.of();
    private final Map<UUID, String> disciplineNames;
    private final Map<UUID, String> memberNames;
    private final EmptyState nobodyOpen;
    private final EmptyState noMatches;

    public FollowUpView(FollowUpService followUps, JourneyLookup journeys,
                        DisciplineService disciplines, TenantMembers members, MemberSession memberSession) {
        this.followUps = followUps;
        var allJourneys = journeys.activeJourneys(PageRequest.of(0, 1000));
        journeyNames = allJourneys.stream().collect(Collectors.toMap(JourneyRef::id, JourneyRef::name));
        disciplineNames = disciplines.all().stream().collect(Collectors.toMap(DisciplineRef::id, DisciplineRef::name));
        memberNames = members.active().stream().collect(Collectors.toMap(TenantMembers.MemberChoice::userId,
                TenantMembers.MemberChoice::displayName, (a, b) -> a));
        addClassName("follow-up-view");
        setWidthFull();

        show.setId("follow-up-show");
        show.setLabel(getTranslation("followUp.show"));
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> getTranslation("followUp.show." + s.name()));
        show.setValue(Show.OPEN);
        show.addValueChangeListener(e -> refresh());
        scope.setId("follow-up-scope");
        scope.setLabel(getTranslation("followUp.scope"));
        scope.setItems(FollowUpService.Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("followUp.scope." + s.name()));
        scope.setValue(FollowUpService.Scope.ALL);
        scope.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(show, scope);
        filters.setWrap(true);

        grid.setId("follow-up-grid");
        grid.addColumn(f -> Formats.date(f.getCreatedAt(), getLocale())).setHeader(getTranslation("followUp.col.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> journeyNames.getOrDefault(f.getJourneyId(), "")).setHeader(getTranslation("followUp.col.journey"))
                .setWidth("11rem").setFlexGrow(0).setTooltipGenerator(f -> journeyNames.getOrDefault(f.getJourneyId(), ""));
        grid.addColumn(FollowUp::getRespondentRef).setHeader(getTranslation("followUp.col.respondent")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::reason).setHeader(getTranslation("followUp.col.reason")).setFlexGrow(1)
                .setWidth("16rem").setTooltipGenerator(this::reason);
        grid.addColumn(this::assignee).setHeader(getTranslation("followUp.col.assignee")).setWidth("11rem")
                .setFlexGrow(0).setTooltipGenerator(this::assignee);
        grid.addComponentColumn(this::statusSelect).setHeader(getTranslation("followUp.col.status")).setWidth("11rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::noteField).setHeader(getTranslation("followUp.col.note")).setWidth("14rem")
                .setFlexGrow(0);
        nobodyOpen = new EmptyState(VaadinIcon.PHONE, getTranslation("followUp.empty"), getTranslation("followUp.emptyPurpose"));
        nobodyOpen.setId("follow-up-empty");
        if (MeasurementPermissions.mayImportSurveys(memberSession.require().role())) {
            Button toMining = new Button(getTranslation("followUp.toMining"), VaadinIcon.SCATTER_CHART.create(),
                    e -> UI.getCurrent().navigate(MiningView.class));
            toMining.setId("follow-up-to-mining");
            nobodyOpen.nextStep(getTranslation("followUp.emptyNextEditor")).action(toMining);
        } else {
            nobodyOpen.nextStep(getTranslation("followUp.emptyNextReader"));
        }
        noMatches = EmptyState.noMatches(getTranslation("followUp.noMatches"));
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("followUp.title")), new Paragraph(getTranslation("followUp.intro")), filters, grid);
        refresh();
    }

    private void refresh() {
        Set<FollowUpStatus> statuses = switch (show.getValue() == null ? Show.OPEN : show.getValue()) {
            case OPEN -> EnumSet.of(FollowUpStatus.OPEN, FollowUpStatus.CONTACTED);
            case DONE -> EnumSet.of(FollowUpStatus.RESOLVED, FollowUpStatus.NO_REPLY);
            case ALL -> EnumSet.allOf(FollowUpStatus.class);
        };
        var items = followUps.queue(statuses, scope.getValue() == null ? FollowUpService.Scope.ALL : scope.getValue());
        momentTitles = followUps.momentTitles(items);
        EmptyState.showIn(grid, show.getValue() != null && show.getValue() != Show.OPEN, nobodyOpen, noMatches);
        grid.setItems(items);
    }

    /** Why this respondent is in the queue, e.g. "Recommend 3 · Upload documents scored 2". */
    String reason(FollowUp item) {
        StringBuilder text = new StringBuilder();
        if (item.getRecommend() != null) {
            text.append(getTranslation("followUp.reason.recommend", item.getRecommend()));
        }
        if (item.getMomentScore() != null) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            String moment = item.getMomentId() == null ? getTranslation("followUp.deletedMoment")
                    : momentTitles.getOrDefault(item.getMomentId(), getTranslation("followUp.deletedMoment"));
            text.append(getTranslation("followUp.reason.moment", moment, item.getMomentScore()));
        }
        return text.toString();
    }

    private String assignee(FollowUp item) {
        String discipline = disciplineNames.get(item.getDisciplineId());
        String person = memberNames.get(item.getOwnerUserId());
        if (discipline != null && person != null) {
            return discipline + " · " + person;
        }
        if (item.route().forCxManagers()) {
            return getTranslation("followUp.forCxManagers");
        }
        // a discipline or person that no longer exists: the item still belongs to someone, say so
        return discipline != null ? discipline : person != null ? person : getTranslation("followUp.formerAssignee");
    }

    private Select<FollowUpStatus> statusSelect(FollowUp item) {
        Select<FollowUpStatus> status = new Select<>();
        status.setItems(FollowUpStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("followUpStatus." + s.name()));
        status.setValue(item.getStatus());
        status.setAriaLabel(getTranslation("followUp.col.status") + ": " + item.getRespondentRef());
        status.setReadOnly(!followUps.mayUpdate(item));
        status.setWidthFull();
        status.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(item, e.getValue(), item.getNote());
            }
        });
        return status;
    }

    private TextField noteField(FollowUp item) {
        TextField note = new TextField();
        note.setValue(item.getNote() == null ? "" : item.getNote());
        TextLimits.limit(note, 2000);
        note.setAriaLabel(getTranslation("followUp.col.note") + ": " + item.getRespondentRef());
        note.setPlaceholder(getTranslation("followUp.notePlaceholder"));
        note.setReadOnly(!followUps.mayUpdate(item));
        note.setWidthFull();
        note.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(item, item.getStatus(), e.getValue());
            }
        });
        return note;
    }

    private void save(FollowUp item, FollowUpStatus status, String note) {
        try {
            FollowUp saved = followUps.update(item.getId(), item.getVersion(), status, note);
            Notifications.success(getTranslation("followUp.saved", saved.getRespondentRef()));
        } catch (UserFacingException refused) {
            Notifications.error(this, refused);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followUp.title");
    }

}
