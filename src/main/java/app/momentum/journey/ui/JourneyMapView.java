package app.momentum.journey.ui;

import app.momentum.tenancy.RoleNames;
import app.momentum.base.UserFacingException;
import app.momentum.base.live.LiveEvent;
import app.momentum.base.live.Presence;
import app.momentum.base.ui.TextLimits;
import app.momentum.journey.JourneyMapLink;
import app.momentum.journey.MomentActions;
import app.momentum.journey.MomentMeasurements.MeasuredMoment;
import app.momentum.journey.MomentRemoval;
import app.momentum.journey.JourneyPermissions;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import com.vaadin.flow.component.tabs.TabSheet;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.RouteIds;
import app.momentum.security.MomentumUser;
import app.momentum.base.TenantContext;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.atomic.AtomicBoolean;
import app.momentum.base.ui.UiActions;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyMapService.JourneyMap;
import app.momentum.journey.ui.JourneyMapScreen.Screen;
import com.vaadin.flow.component.dependency.JsModule;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.security.MemberSession;
import app.momentum.tenancy.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The journey map editor: phases as columns, moments as cards, the selected moment's editor and the
 * signature check beside the map. Moments move by drag and drop and by keyboard.
 */
@Route("journeys/:journeyId")
@JsModule("./components/momentum-map-dnd.js")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class JourneyMapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String JOURNEY_ID = "journeyId";

    private final transient JourneyMapScreen screen;
    private final transient MomentumUser me;
    private final boolean editable;
    /** Identifies this open editor (one browser tab) in the presence list. */
    private final UUID sessionKey = UUID.randomUUID();
    private JourneyMap map;
    /** What was last read for the screen: a redraw for a selection or someone's presence reuses it. */
    private transient Screen shown;
    private transient MapContext context;
    private UUID selectedMomentId;
    private Registration subscription;
    private Registration heartbeats;
    private transient java.util.function.BooleanSupplier connected = () -> true;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final AvatarGroup visitors = new AvatarGroup();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final EmotionCurves curves = new EmotionCurves(this::select);
    private final boolean manager;

    private final H1 title = new H1();
    private final Div badges = new Div();
    private final HorizontalLayout columns = new HorizontalLayout();
    private final VerticalLayout side = new VerticalLayout();
    private final Checkbox compact = new Checkbox();

    public JourneyMapView(JourneyMapScreen screen, MemberSession memberSession) {
        this.screen = screen;
        this.manager = JourneyPermissions.mayManage(memberSession.require().role());
        this.me = memberSession.require().user();
        Role role = memberSession.require().role();
        this.editable = JourneyPermissions.mayDesign(role);
        addClassName("journey-map-view");
        setSizeFull();
        setPadding(true);

        compact.setLabel(getTranslation("map.compact"));
        compact.addValueChangeListener(e -> columns.getElement().getClassList().set("compact", e.getValue()));
        compact.setId("map-compact");
        badges.addClassName("badges");
        actions.addClassName("map-actions");
        visitors.setId("map-visitors");
        visitors.setMaxItemsVisible(5);
        // the group announces how many are here (its aria-label), which needs a role that may carry a label
        visitors.getElement().setAttribute("role", "group");
        visitors.setI18n(new AvatarGroup.AvatarGroupI18n().setOneActiveUser(getTranslation("map.visitors.one"))
                .setManyActiveUsers(getTranslation("map.visitors.many")));
        HorizontalLayout header = new HorizontalLayout(title, badges, visitors);
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        header.expand(badges);
        actions.setAlignItems(Alignment.CENTER);
        actions.addClassName("map-toolbar");
        // links keep their words whole, so the toolbar wraps onto a second row rather than running off the page
        actions.setWrap(true);
        HorizontalLayout toolbar = new HorizontalLayout(compact, actions);
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.setWidthFull();
        toolbar.expand(actions);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(JustifyContentMode.BETWEEN);

        columns.addClassName("map-columns");
        columns.setId("map-columns");
        listenToCards();
        Div scroller = new Div(columns);
        scroller.addClassName("map-scroller");
        scroller.setWidthFull(); // scrolls sideways inside the room left by the side panel
        side.addClassName("map-side");
        side.setId("map-side");
        side.setWidth("26rem"); // VerticalLayout defaults to full width
        side.setPadding(false);
        VerticalLayout mapArea = new VerticalLayout(scroller, curves);
        mapArea.setPadding(false);
        mapArea.setSpacing(false);
        mapArea.addClassName("map-area");
        mapArea.setHeightFull();
        mapArea.setWidth(null); // takes the room the side panel leaves (VerticalLayout defaults to 100%)
        mapArea.expand(scroller);
        HorizontalLayout body = new HorizontalLayout(mapArea, side);
        body.addClassName("map-body");
        body.setSizeFull();
        body.expand(mapArea);
        add(new RouterLink(getTranslation("map.back"), JourneysView.class), header, toolbar, body);
        expand(body);
    }

    /**
     * One set of listeners for all moment cards (a map can hold hundreds): click or Enter selects a card. Drag and
     * drop is frontend/components/momentum-map-dnd.js: on the columns marked data-moment-dnd it turns HTML drag and
     * drop into one "moment-drop" event with the moment, the phase it is dropped in and the moment it lands before.
     */
    private void listenToCards() {
        String cardId = "(event.target.closest && event.target.closest('.moment-card') ? event.target.closest('.moment-card').id : '')";
        columns.getElement().addEventListener("click", e -> selectCard(e.getEventData().get(cardId).asString()))
                .addEventData(cardId);
        columns.getElement().addEventListener("keydown", e -> selectCard(e.getEventData().get(cardId).asString()))
                .addEventData(cardId).setFilter("event.key === 'Enter'");
        columns.getElement().setAttribute("data-moment-dnd", true);
        columns.getElement().addEventListener("moment-drop", e -> dropped(e.getEventData().get("event.detail.moment").asString(),
                        e.getEventData().get("event.detail.phase").asString(), e.getEventData().get("event.detail.before").asString()))
                .addEventData("event.detail.moment").addEventData("event.detail.phase").addEventData("event.detail.before");
    }

    private void selectCard(String cardId) {
        momentId(cardId).ifPresent(this::select);
    }

    /** A card was dropped: the service works out where it lands (before {@code beforeId}, or at the end). */
    private void dropped(String momentId, String phaseId, String beforeId) {
        Optional<UUID> moment = RouteIds.parse(momentId);
        Optional<UUID> phase = RouteIds.parse(phaseId);
        if (moment.isEmpty() || phase.isEmpty() || !editable) {
            return;
        }
        UUID before = RouteIds.parse(beforeId).orElse(null);
        change(() -> screen.maps().moveMoment(moment.get(), phase.get(), before));
    }

    private static Optional<UUID> momentId(String cardId) {
        return cardId != null && cardId.startsWith(MomentCard.ID_PREFIX)
                ? RouteIds.parse(cardId.substring(MomentCard.ID_PREFIX.length())) : Optional.empty();
    }

    public static RouteParameters parameters(UUID journeyId) {
        return new RouteParameters(JOURNEY_ID, journeyId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = RouteIds.parse(event, JOURNEY_ID);
        Optional<Screen> loaded = id.flatMap(this::tryLoad);
        if (loaded.isEmpty()) {
            throw new NotFoundException();
        }
        show(loaded.get());
    }

    private Optional<Screen> tryLoad(UUID journeyId) {
        try {
            return Optional.of(screen.load(journeyId));
        } catch (app.momentum.base.UserFacingException notFound) {
            return Optional.empty();
        }
    }


    /** Re-reads the map after our own change and redraws it. */
    void reload() {
        show(screen.load(map.journey().getId()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        UUID tenantId = map.journey().getTenantId();
        UUID journeyId = map.journey().getId();
        subscription = screen.events().subscribe(tenantId, journeyId, event -> onLiveEvent(ui, tenantId, event));
        // a tab that stops sending heartbeats (lost connection, killed browser) is swept from the presence list
        heartbeats = ui.addHeartbeatListener(beat -> screen.presence().touch(tenantId, journeyId, sessionKey));
        connected = pushOpen(ui);
        screen.presence().enter(tenantId, journeyId, new Presence.Visitor(sessionKey, me.id(), me.displayName(), selectedMomentId), connected);
    }

    /** Whether the tab's push connection is open: a browser that quits sends no unload beacon, but its socket closes. */
    private static java.util.function.BooleanSupplier pushOpen(UI ui) {
        return () -> {
            com.vaadin.flow.server.communication.PushConnection push = ui.getInternals().getPushConnection();
            return push == null || push.isConnected();
        };
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
        if (heartbeats != null) {
            heartbeats.remove();
            heartbeats = null;
        }
        screen.presence().leave(map.journey().getTenantId(), map.journey().getId(), sessionKey);
        super.onDetach(detachEvent);
    }

    /**
     * Someone changed the journey or moved around on it. Runs on a background thread without a logged-in user,
     * so the map is re-read in the journey's tenant explicitly. Bursts of events cause one redraw.
     */
    private void onLiveEvent(UI ui, UUID tenantId, LiveEvent event) {
        if (!refreshQueued.compareAndSet(false, true)) {
            return;
        }
        ui.access(() -> {
            refreshQueued.set(false);
            TenantContext.runInTenant(tenantId, () -> {
                if (event.kind() == LiveEvent.Kind.PRESENCE) {
                    show(shown, true);
                } else if (event.kind() == LiveEvent.Kind.COMMENTED) {
                    if (side.getComponentCount() > 0 && side.getComponentAt(0) instanceof MomentEditor editor) {
                        editor.refreshComments(event.objectId());
                    }
                } else {
                    try {
                        show(screen.load(map.journey().getId()), true);
                    } catch (UserFacingException deleted) {
                        Notifications.error(getTranslation("map.deletedMeanwhile"));
                    }
                }
            });
        });
    }

    private void show(Screen loaded) {
        show(loaded, false);
    }

    /** @param keepEditor true for someone else's change: an open moment editor keeps what the user typed */
    private void show(Screen loaded, boolean keepEditor) {
        this.shown = loaded;
        this.map = loaded.map();
        this.context = loaded.context();
        boolean canEdit = editable && !map.journey().isArchived();
        title.setText(map.journey().getName());
        badges.removeAll();
        badges.add(new Badge(getTranslation("journeyType." + map.journey().getType().name())),
                new Badge(getTranslation("stage." + map.journey().getLifecycleStage().name())),
                CheckBadges.status(this, map.check().overall()));
        if (map.journey().isArchived()) {
            badges.add(new Badge(getTranslation("map.archived")));
        }
        showActions(canEdit);
        columns.removeAll();
        Map<UUID, MeasuredMoment> measured = loaded.measured();
        Map<UUID, String> editors = new java.util.HashMap<>();
        screen.presence().editors(map.journey().getTenantId(), map.journey().getId(), me.id())
                .forEach((objectId, names) -> editors.put(objectId, String.join(", ", names)));
        List<Phase> phases = new ArrayList<>(map.momentsByPhase().keySet());
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            columns.add(new PhaseColumn(this, phase, map.momentsByPhase().get(phase), context, canEdit, selectedMomentId,
                    i == 0 ? null : phases.get(i - 1), i == phases.size() - 1 ? null : phases.get(i + 1), editors, loaded.openActions(), measured));
        }
        if (canEdit) {
            columns.add(addPhaseColumn());
        }
        if (phases.isEmpty() && !canEdit) {
            columns.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("map.empty")));
        }
        Map<UUID, Double> means = new java.util.HashMap<>();
        measured.forEach((id, result) -> {
            if (!Double.isNaN(result.meanSatisfaction())) {
                means.put(id, result.meanSatisfaction());
            }
        });
        curves.show(map.moments(), means);
        showVisitors();
        if (!keepEditor || side.getComponentCount() == 0 || !(side.getComponentAt(0) instanceof MomentEditor)) {
            showSide(canEdit);
        }
    }

    /** Export for everyone; import and details for those who may change the journey. */
    private void showActions(boolean canEdit) {
        actions.removeAll();
        UUID journeyId = map.journey().getId();
        String fileName = map.journey().getName().replaceAll("[^\\p{L}\\p{N} _-]", "").strip();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = screen.transfer().exportCsv(journeyId, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName + ".csv", "text/csv", bytes.length);
        }), getTranslation("map.exportCsv"));
        csv.getElement().setAttribute("download", true);
        csv.setId("export-csv");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = screen.pdfExport().export(journeyId, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName + ".pdf", "application/pdf", bytes.length);
        }), getTranslation("map.exportPdf"));
        pdf.getElement().setAttribute("download", true);
        pdf.setId("export-pdf");
        actions.add(pdf, csv);
        for (JourneyMapLink page : screen.pageLinks()) {
            RouterLink link = page.create(journeyId);
            link.setText(getTranslation(page.labelKey()));
            actions.add(link);
        }
        if (canEdit) {
            Button importCsv = new Button(getTranslation("map.importCsv"), VaadinIcon.UPLOAD.create(),
                    e -> new ImportDialog(screen.transfer(), journeyId, this::reload).open());
            importCsv.setId("import-csv");
            actions.add(importCsv);
        }
        if (manager) {
            Button details = new Button(getTranslation("journeys.edit"), VaadinIcon.EDIT.create(),
                    e -> new JourneyDialog(screen.journeys(), screen.personas(), context.members(), map.journey(), saved -> reload()).open());
            details.setId("edit-journey");
            actions.add(details);
        }
    }

    /** Avatars of the other people on this journey (one per person); their moment cards show who is editing them. */
    private void showVisitors() {
        visitors.setItems(currentVisitors().stream()
                .map(v -> new AvatarGroup.AvatarGroupItem(v.displayName())).toList());
    }

    private List<Presence.Visitor> currentVisitors() {
        return map == null ? List.of() : screen.presence().visitors(map.journey().getTenantId(), map.journey().getId()).stream()
                .filter(v -> !v.userId().equals(me.id())).toList();
    }

    private void showSide(boolean canEdit) {
        side.removeAll();
        Optional<Moment> selected = map.moments().stream().filter(m -> m.getId().equals(selectedMomentId)).findFirst();
        if (selected.isPresent()) {
            side.add(new MomentEditor(this, screen.maps(), screen.collaboration(), selected.get(), context, canEdit, editable));
        } else {
            selectedMomentId = null;
            TabSheet tabs = new TabSheet();
            tabs.setWidthFull();
            tabs.add(getTranslation("check.title"), new CheckList(this, map));
            UUID journeyId = map.journey().getId();
            tabs.add(getTranslation("history.title"), new LazyPanel(() -> new HistoryPanel(screen.collaboration(), journeyId, context)));
            tabs.add(getTranslation("baseline.title"), new LazyPanel(() -> new BaselinesPanel(screen.collaboration(), journeyId, context, canEdit)));
            tabs.setId("map-side-tabs");
            side.add(tabs);
        }
    }

    private VerticalLayout addPhaseColumn() {
        TextField name = new TextField();
        name.setPlaceholder(getTranslation("map.phaseName"));
        name.setAriaLabel(getTranslation("map.phaseName"));
        TextLimits.limit(name, 100);
        name.setId("new-phase-name");
        Button add = new Button(getTranslation("map.addPhase"), VaadinIcon.PLUS.create(),
                e -> change(() -> screen.maps().addPhase(map.journey().getId(), name.getValue())));
        add.setId("add-phase");
        add.addClickShortcut(Key.ENTER).listenOn(name);
        VerticalLayout column = new VerticalLayout(name, add);
        column.addClassName("add-phase-column");
        column.setWidth(null);
        return column;
    }

    /** Runs a change to the map; on success the map is redrawn. */
    void change(Runnable action) {
        if (UiActions.attempt(this, action)) {
            reload();
        }
    }

    public void select(UUID momentId) {
        selectedMomentId = momentId;
        screen.presence().enter(map.journey().getTenantId(), map.journey().getId(),
                new Presence.Visitor(sessionKey, me.id(), me.displayName(), momentId), connected != null ? connected : () -> true);
        show(shown);
    }

    void closeEditor() {
        select(null);
    }

    JourneyMapService maps() {
        return screen.maps();
    }

    MomentActions actions() {
        return screen.actions();
    }

    MomentRemoval removal() {
        return screen.removal();
    }

    UUID journeyId() {
        return map.journey().getId();
    }

    Map<Phase, List<Moment>> phases() {
        return map.momentsByPhase();
    }

    @Override
    public String getPageTitle() {
        return (map == null ? getTranslation("journeys.title") : map.journey().getName()) + " · Momentum";
    }
}
