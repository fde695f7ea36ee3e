package app.momentum.journey.ui;

import app.momentum.base.TenantContext;
import app.momentum.base.UserFacingException;
import app.momentum.base.live.LiveEvent;
import app.momentum.base.live.Presence;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.RouteIds;
import app.momentum.base.ui.UiActions;
import app.momentum.journey.JourneyMapLink;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyPermissions;
import app.momentum.journey.MomentActions;
import app.momentum.journey.MomentRemoval;
import app.momentum.journey.canvas.ColumnChanges;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.ui.JourneyMapScreen.Screen;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumUser;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.RoleNames;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journey map: the whole journey as one picture on the {@link JourneyCanvas} (moments as columns under phase
 * bands, lanes beneath, edited in place), the moment's full form and the signature check, history and baselines in a
 * side panel that opens on demand, so the canvas has the page's width.
 *
 * <p>The view keeps little: which journey, and a fingerprint per moment column it sent. A change (ours or someone
 * else's, announced live) is re-read and only the columns whose fingerprint changed are sent again as a patch.
 */
@Route("journeys/:journeyId")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class JourneyMapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String JOURNEY_ID = "journeyId";
    /** Outline colours of other people's cells, picked per person; dark enough for a 3:1 contrast on white. */
    private static final List<String> PRESENCE_COLOURS = List.of(
            "#7c3aed", "#c2410c", "#0369a1", "#be123c", "#15803d", "#a16207", "#4338ca", "#0f766e");

    private final transient JourneyMapScreen screen;
    private final transient MomentumUser me;
    private final boolean designer;
    private final boolean manager;
    /** Identifies this open map (one browser tab) in the presence list. */
    private final UUID sessionKey = UUID.randomUUID();
    private final transient CanvasJson json;
    private final transient CanvasEdits edits;

    private Journey journey;
    /** The fingerprint of every moment column sent to the canvas, and of the phases and the peak–end marks. */
    private Map<UUID, Integer> sentColumns = Map.of();
    private int sentPhases;
    private int sentMarks;
    private UUID selectedMomentId;
    private boolean sideOpen;
    private Registration subscription;
    private Registration heartbeats;
    private transient java.util.function.BooleanSupplier connected = () -> true;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();

    private final H1 title = new H1();
    private final Div badges = new Div();
    private final AvatarGroup visitors = new AvatarGroup();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final JourneyCanvas canvas = new JourneyCanvas();
    private final VerticalLayout side = new VerticalLayout();
    private final Button sideToggle = new Button();

    public JourneyMapView(JourneyMapScreen screen, MemberSession memberSession) {
        this.screen = screen;
        Role role = memberSession.require().role();
        this.manager = JourneyPermissions.mayManage(role);
        this.designer = JourneyPermissions.mayDesign(role);
        this.me = memberSession.require().user();
        this.json = new CanvasJson((key, arguments) -> getTranslation(key, arguments));
        this.edits = new CanvasEdits(this, screen.maps());
        addClassName("journey-map-view");
        setSizeFull();
        setPadding(true);
        setSpacing(false); // the gaps come from the stylesheet: header, toolbar and canvas close together

        badges.addClassName("badges");
        visitors.setId("map-visitors");
        visitors.setMaxItemsVisible(5);
        // the group announces how many are here (its aria-label), which needs a role that may carry a label
        visitors.getElement().setAttribute("role", "group");
        visitors.setI18n(new AvatarGroup.AvatarGroupI18n().setOneActiveUser(getTranslation("map.visitors.one"))
                .setManyActiveUsers(getTranslation("map.visitors.many")));
        RouterLink back = new RouterLink(getTranslation("map.back"), JourneysView.class);
        back.addClassName("map-back");
        HorizontalLayout header = new HorizontalLayout(back, title, badges, visitors);
        header.addClassName("map-header");
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        header.expand(badges);
        actions.addClassName("map-toolbar");
        actions.setAlignItems(Alignment.CENTER);
        // links keep their words whole, so the toolbar wraps onto a second row rather than running off the page
        actions.setWrap(true);
        actions.setWidthFull();

        sideToggle.setText(getTranslation("map.sidePanel"));
        sideToggle.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        sideToggle.setId("map-side-toggle");
        sideToggle.addThemeVariants(ButtonVariant.TERTIARY);
        sideToggle.addClickListener(e -> toggleSide());

        canvas.addClassName("map-canvas");
        canvas.setSizeFull();
        listenToCanvas();
        side.addClassName("map-side");
        side.setId("map-side");
        side.setPadding(false);
        side.setWidth("26rem"); // VerticalLayout defaults to the full width, which would squeeze the canvas away
        side.setVisible(false);
        HorizontalLayout body = new HorizontalLayout(canvas, side);
        body.addClassName("map-body");
        body.setSizeFull();
        body.expand(canvas);
        add(header, actions, body);
        expand(body);
        canvas.setI18n(screen.canvasTexts(getLocale()));
        canvas.setLanes(screen.lanes());
    }

    private void listenToCanvas() {
        canvas.onEdit(edits::apply);
        canvas.onFocus(detail -> editing(uuid(detail, "momentId"), text(detail, "lane")));
        canvas.onOpen(detail -> uuid(detail, "momentId").ifPresent(this::select));
        // (a refusal, e.g. two tabs storing a first choice at once, is said like any other)
        canvas.onLanes(detail -> UiActions.attempt(this, () -> canvas.setLanes(
                screen.saveLanes(strings(detail.get("order")), strings(detail.get("hidden"))))));
    }

    public static RouteParameters parameters(UUID journeyId) {
        return new RouteParameters(JOURNEY_ID, journeyId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Screen> loaded = RouteIds.parse(event, JOURNEY_ID).flatMap(this::tryLoad);
        if (loaded.isEmpty()) {
            throw new NotFoundException();
        }
        showWhole(loaded.get());
    }

    private Optional<Screen> tryLoad(UUID journeyId) {
        try {
            return Optional.of(screen.load(journeyId));
        } catch (UserFacingException notFound) {
            return Optional.empty();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        UUID tenantId = journey.getTenantId();
        UUID journeyId = journey.getId();
        if (!attachEvent.isInitialAttach()) {
            // attached again (the browser kept the view): the canvas element is new and needs everything
            canvas.setI18n(screen.canvasTexts(getLocale()));
            canvas.setLanes(screen.lanes());
            showWhole(screen.load(journeyId));
        }
        subscription = screen.events().subscribe(tenantId, journeyId, event -> onLiveEvent(ui, tenantId, event));
        // a tab that stops sending heartbeats (lost connection, killed browser) is swept from the presence list
        heartbeats = ui.addHeartbeatListener(beat -> screen.presence().touch(tenantId, journeyId, sessionKey));
        connected = pushOpen(ui);
        editing(Optional.ofNullable(selectedMomentId), Optional.empty());
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
        screen.presence().leave(journey.getTenantId(), journey.getId(), sessionKey);
        super.onDetach(detachEvent);
    }

    /**
     * Someone changed the journey, commented or moved around on it. Runs on a background thread without a logged-in
     * user, so the map is re-read in the journey's tenant explicitly. Bursts of events cause one update.
     */
    private void onLiveEvent(UI ui, UUID tenantId, LiveEvent event) {
        if (!refreshQueued.compareAndSet(false, true)) {
            return;
        }
        ui.access(() -> {
            refreshQueued.set(false);
            TenantContext.runInTenant(tenantId, () -> {
                if (event.kind() == LiveEvent.Kind.PRESENCE) {
                    showPresence();
                    return;
                }
                if (event.kind() == LiveEvent.Kind.COMMENTED && side.getComponentCount() > 0
                        && side.getComponentAt(0) instanceof MomentEditor editor) {
                    editor.refreshComments(event.objectId());
                }
                try {
                    refresh();
                } catch (UserFacingException deleted) {
                    Notifications.error(getTranslation("map.deletedMeanwhile"));
                }
            });
        });
    }

    /** Draws the whole journey anew: the first time, and when the canvas element is new. */
    private void showWhole(Screen loaded) {
        showHeader(loaded);
        Map<UUID, ObjectNode> columns = json.moments(loaded);
        canvas.setModel(json.model(loaded, mayEdit(), columns));
        ArrayNode phases = json.phases(loaded);
        remember(columns, phases, marks(loaded));
        showPresence();
        showSide(loaded);
    }

    /**
     * Re-reads the journey after a change (ours or, announced live, someone else's) and sends only what changed: the
     * moment columns whose content differs, the removed ones, the phases if they changed, the peak–end marks.
     * Returns what it read, so a caller that redraws the side panel too does not read it again.
     */
    Screen refresh() {
        Screen loaded = screen.load(journey.getId());
        boolean wasEditable = mayEdit();
        showHeader(loaded);
        if (wasEditable != mayEdit()) {
            showWhole(loaded); // archived or restored meanwhile: every cell changes its editability
            return loaded;
        }
        Map<UUID, ObjectNode> columns = json.moments(loaded);
        ColumnChanges<UUID> changes = ColumnChanges.between(sentColumns, fingerprints(columns));
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        ArrayNode changed = patch.putArray("moments");
        changes.changed().forEach(id -> changed.add(columns.get(id)));
        ArrayNode removed = patch.putArray("removed");
        changes.removed().forEach(id -> removed.add(id.toString()));
        ArrayNode phases = json.phases(loaded);
        if (phases.hashCode() != sentPhases) {
            patch.set("phases", phases);
        }
        ObjectNode marks = marks(loaded);
        if (marks.hashCode() != sentMarks) {
            patch.setAll(marks);
        }
        if (!changes.none() || patch.has("phases") || patch.has("peakId")) {
            canvas.applyPatch(patch);
        }
        remember(columns, phases, marks);
        if (selectedMomentId != null && !sentColumns.containsKey(selectedMomentId)) {
            Notifications.error(getTranslation("map.deletedMeanwhile"));
            selectedMomentId = null;
            showSide(loaded);
        } else if (sideOpen && selectedMomentId == null) {
            showSide(loaded); // the check list follows the map
        }
        return loaded;
    }

    /** Forgets what was sent of one moment, so the next {@link #refresh} sends it again (after a refused edit). */
    void resend(UUID momentId) {
        Map<UUID, Integer> sent = new HashMap<>(sentColumns);
        sent.remove(momentId);
        sentColumns = sent;
        refresh();
    }

    private ObjectNode marks(Screen loaded) {
        ObjectNode marks = JsonNodeFactory.instance.objectNode();
        json.peakEnd(marks, loaded);
        return marks;
    }

    private void remember(Map<UUID, ObjectNode> columns, ArrayNode phases, ObjectNode marks) {
        sentColumns = fingerprints(columns);
        sentPhases = phases.hashCode();
        sentMarks = marks.hashCode();
    }

    private static Map<UUID, Integer> fingerprints(Map<UUID, ObjectNode> columns) {
        Map<UUID, Integer> fingerprints = new LinkedHashMap<>();
        // Jackson's nodes hash by content, without writing the JSON out
        columns.forEach((id, column) -> fingerprints.put(id, column.hashCode()));
        return fingerprints;
    }

    private void showHeader(Screen loaded) {
        this.journey = loaded.map().journey();
        title.setText(journey.getName());
        badges.removeAll();
        badges.add(new Badge(getTranslation("journeyType." + journey.getType().name())),
                new Badge(getTranslation("stage." + journey.getLifecycleStage().name())),
                CheckBadges.status(this, loaded.map().check().overall()));
        if (journey.isArchived()) {
            badges.add(new Badge(getTranslation("map.archived")));
        }
        showActions();
    }

    /** Export for everyone; import, phases and details for those who may change the journey. */
    private void showActions() {
        actions.removeAll();
        UUID journeyId = journey.getId();
        String fileName = journey.getName().replaceAll("[^\\p{L}\\p{N} _-]", "").strip();
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
        actions.add(sideToggle, pdf, csv);
        for (JourneyMapLink page : screen.pageLinks()) {
            RouterLink link = page.create(journeyId);
            link.setText(getTranslation(page.labelKey()));
            actions.add(link);
        }
        // rarer actions under one menu, so the toolbar keeps to one line and the canvas keeps the height
        MenuBar more = new MenuBar();
        more.setId("map-more");
        more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem menu = more.addItem(getTranslation("map.more"));
        if (mayEdit()) {
            menu.getSubMenu().addItem(getTranslation("map.phases"), e -> new PhasesDialog(this, screen.maps(), journeyId).open())
                    .setId("edit-phases");
            menu.getSubMenu().addItem(getTranslation("map.importCsv"),
                    e -> new ImportDialog(screen.transfer(), journeyId, this::refresh).open()).setId("import-csv");
        }
        if (manager) {
            menu.getSubMenu().addItem(getTranslation("journeys.edit"), e -> new JourneyDialog(screen.journeys(),
                    screen.personas(), screen.context().members(), journey, saved -> refresh()).open()).setId("edit-journey");
        }
        if (!menu.getSubMenu().getItems().isEmpty()) {
            actions.add(more);
        }
    }

    /** Avatars of the other people on the journey, and the cells they edit outlined on the canvas. */
    private void showPresence() {
        visitors.setItems(screen.presence().visitors(journey.getTenantId(), journey.getId()).stream()
                .filter(v -> !v.userId().equals(me.id())).map(v -> new AvatarGroup.AvatarGroupItem(v.displayName())).toList());
        ArrayNode cells = JsonNodeFactory.instance.arrayNode();
        for (Presence.Visitor visitor : screen.presence().editing(journey.getTenantId(), journey.getId(), me.id())) {
            cells.addObject().put("momentId", visitor.editingObjectId().toString()).put("lane", visitor.editingPart())
                    .put("initials", initials(visitor.displayName())).put("name", visitor.displayName())
                    .put("color", PRESENCE_COLOURS.get(Math.floorMod(visitor.userId().hashCode(), PRESENCE_COLOURS.size())));
        }
        canvas.setPresence(cells);
    }

    static String initials(String displayName) {
        String[] words = displayName.strip().split("\\s+");
        String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(java.util.Locale.ROOT);
    }

    /** Tells the others which cell (or, with the full form, which moment) this tab edits. */
    private void editing(Optional<UUID> momentId, Optional<String> lane) {
        screen.presence().enter(journey.getTenantId(), journey.getId(), new Presence.Visitor(sessionKey, me.id(),
                me.displayName(), momentId.orElse(null), momentId.isPresent() ? lane.orElse(null) : null), connected);
    }

    private void toggleSide() {
        sideOpen = !sideOpen || selectedMomentId != null;
        selectedMomentId = null;
        showSide();
    }

    private void showSide() {
        showSide(null);
    }

    /**
     * The side panel: the opened moment's full form, or (when asked for) the check, history and baselines.
     *
     * @param read what the caller has just read of the journey, or null: then it is read here if the panel needs it
     */
    private void showSide(Screen read) {
        side.removeAll();
        Optional<Moment> selected = Optional.ofNullable(selectedMomentId).flatMap(id -> screen.maps().findMoment(id));
        if (selected.isPresent()) {
            side.add(new MomentEditor(this, screen.maps(), screen.collaboration(), selected.get(),
                    read != null ? read.context() : screen.context(), mayEdit(), designer));
        } else if (sideOpen) {
            selectedMomentId = null;
            Screen loaded = read != null ? read : screen.load(journey.getId());
            TabSheet tabs = new TabSheet();
            tabs.setWidthFull();
            tabs.add(getTranslation("check.title"), new CheckList(this, loaded.map()));
            UUID journeyId = journey.getId();
            tabs.add(getTranslation("history.title"), new LazyPanel(() -> new HistoryPanel(screen.collaboration(), journeyId, loaded.context())));
            tabs.add(getTranslation("baseline.title"), new LazyPanel(() -> new BaselinesPanel(screen.collaboration(), journeyId, loaded.context(), mayEdit())));
            tabs.setId("map-side-tabs");
            side.add(tabs);
        }
        side.setVisible(side.getComponentCount() > 0);
        sideToggle.getElement().setAttribute("aria-pressed", String.valueOf(side.isVisible() && selectedMomentId == null));
    }

    /** Whether this user may change the map now: a designer's role, and the journey not archived. */
    boolean mayEdit() {
        return designer && !journey.isArchived();
    }

    /** Runs a change to the map; on success the canvas is updated. @return whether it went through */
    boolean changed(Runnable action) {
        if (UiActions.attempt(this, action)) {
            refresh();
            return true;
        }
        return false;
    }

    /** {@link #changed} where the caller does not need the outcome. */
    void change(Runnable action) {
        changed(action);
    }

    /** Opens a moment's full form in the side panel (and outlines its card for the others). */
    public void select(UUID momentId) {
        selectedMomentId = momentId;
        editing(Optional.ofNullable(momentId), Optional.empty());
        showSide();
        if (momentId != null) {
            canvas.focusCell(momentId, "card");
        }
    }

    void closeEditor() {
        select(null);
    }

    /** After the form saved or the moment was deleted: the canvas follows, the form shows what is stored. */
    void reload() {
        showSide(refresh());
    }

    /** The tenant's names (for showing a merge's values by name). */
    MapContext context() {
        return screen.context();
    }

    MomentActions actions() {
        return screen.actions();
    }

    MomentRemoval removal() {
        return screen.removal();
    }

    JourneyMapService maps() {
        return screen.maps();
    }

    UUID journeyId() {
        return journey.getId();
    }

    private static Optional<UUID> uuid(JsonNode detail, String field) {
        return text(detail, field).flatMap(RouteIds::parse);
    }

    private static Optional<String> text(JsonNode detail, String field) {
        JsonNode value = detail == null ? null : detail.get(field);
        return value == null || !value.isString() ? Optional.empty() : Optional.of(value.asString());
    }

    private static List<String> strings(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<String> values = new java.util.ArrayList<>();
        array.forEach(item -> {
            if (item.isString()) {
                values.add(item.asString());
            }
        });
        return values;
    }

    @Override
    public String getPageTitle() {
        return (journey == null ? getTranslation("journeys.title") : journey.getName()) + " · Momentum";
    }
}
