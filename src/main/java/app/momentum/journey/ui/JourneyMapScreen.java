package app.momentum.journey.ui;

import app.momentum.base.live.LiveEvents;
import app.momentum.base.live.Presence;
import app.momentum.brand.BrandService;
import app.momentum.brand.BrandService.Named;
import app.momentum.discipline.DisciplineService;
import app.momentum.journey.JourneyMapLink;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyMapService.JourneyMap;
import app.momentum.journey.JourneyPdfExport;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyTransfer;
import app.momentum.journey.MomentActions;
import app.momentum.journey.MomentMeasurements;
import app.momentum.journey.MomentMeasurements.MeasuredMoment;
import app.momentum.journey.MomentRemoval;
import app.momentum.journey.MapLanes;
import app.momentum.journey.MomentOwnershipFacts;
import app.momentum.journey.MomentOwnershipFacts.MomentOwners;
import app.momentum.journey.canvas.LaneLayout;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.journey.collab.JourneyCollaboration;
import app.momentum.tenancy.TenantMembers;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The one service of the journey map screen ({@link JourneyMapView}): {@link #load} reads everything the screen
 * shows in one call, and the parts of the screen (moment editor, side tabs, dialogs) reach the services they act
 * through from here, so the view depends on this class instead of on a dozen services.
 */
@Service
public class JourneyMapScreen {

    private final JourneyMapService maps;
    private final JourneyService journeys;
    private final BrandService brand;
    private final DisciplineService disciplines;
    private final TenantMembers members;
    /** The improvement actions on the moments (the action module's side of the port). */
    private final MomentActions actions;
    /** The latest survey's figures per moment (the measurement module's side of the port). */
    private final MomentMeasurements measurements;
    private final LiveEvents events;
    private final Presence presence;
    private final JourneyCollaboration collaboration;
    private final JourneyTransfer transfer;
    private final JourneyPdfExport pdfExport;
    private final MomentRemoval removal;
    private final MomentOwnershipFacts ownership;
    private final MapLanes lanes;
    private final MomentumI18NProvider i18n;
    /** Pages other modules offer about a journey (e.g. the responsibility matrix), linked from the map. */
    private final List<JourneyMapLink> pageLinks;

    JourneyMapScreen(JourneyMapService maps, JourneyService journeys, BrandService brand, DisciplineService disciplines,
                     TenantMembers members, MomentActions actions, MomentMeasurements measurements, LiveEvents events,
                     Presence presence, JourneyCollaboration collaboration, JourneyTransfer transfer,
                     JourneyPdfExport pdfExport, MomentRemoval removal, List<JourneyMapLink> pageLinks,
                     MomentOwnershipFacts ownership, MapLanes lanes, MomentumI18NProvider i18n) {
        this.ownership = ownership;
        this.lanes = lanes;
        this.i18n = i18n;
        this.pageLinks = pageLinks.stream().sorted(Comparator.comparingInt(JourneyMapLink::order)).toList();
        this.maps = maps;
        this.journeys = journeys;
        this.brand = brand;
        this.disciplines = disciplines;
        this.members = members;
        this.actions = actions;
        this.measurements = measurements;
        this.events = events;
        this.presence = presence;
        this.collaboration = collaboration;
        this.transfer = transfer;
        this.pdfExport = pdfExport;
        this.removal = removal;
    }

    /**
     * What the map screen shows of one journey.
     *
     * @param map         the journey, its phases and moments in order, and the signature check
     * @param context     the tenant's brand values, channels, disciplines and active members (names on the cards,
     *                    choices in the editor)
     * @param openActions open improvement actions per moment id
     * @param measured    each moment's result in the journey's latest survey, by moment id
     * @param owners      each moment's RACI disciplines and employee enablers, by moment id (the ownership port)
     * @param comments    the number of comments per moment id
     */
    record Screen(JourneyMap map, MapContext context, Map<UUID, Long> openActions, Map<UUID, MeasuredMoment> measured,
                  Map<UUID, MomentOwners> owners, Map<UUID, Long> comments) {
    }

    /** Everything the screen shows of the journey, read in one go; throws the journey's not-found when absent. */
    Screen load(UUID journeyId) {
        JourneyMap map = maps.load(journeyId);
        return new Screen(map, context(), actions.openCountsByMoment(journeyId), measurements.latest(journeyId),
                ownership.owners(journeyId), collaboration.commentCounts(journeyId));
    }

    /** The tenant's names the screen shows and offers: brand values, channels, disciplines, active members. */
    MapContext context() {
        return new MapContext(brand.valueNames(), brand.channelNames(), disciplines.all(), members.active());
    }

    /** The current user's lanes on the canvas. */
    LaneLayout lanes() {
        return lanes.current();
    }

    /** Remembers the current user's lanes. */
    LaneLayout saveLanes(List<String> order, List<String> hidden) {
        return lanes.save(order, hidden);
    }

    /** The canvas's texts in the user's language (every {@code canvas.*} message). */
    Map<String, String> canvasTexts(java.util.Locale locale) {
        return i18n.translationsStartingWith("canvas.", locale);
    }

    /** The personas a journey may be for (the journey details dialog). */
    List<Named> personas() {
        return brand.personaNames();
    }

    List<JourneyMapLink> pageLinks() {
        return pageLinks;
    }

    JourneyMapService maps() {
        return maps;
    }

    JourneyService journeys() {
        return journeys;
    }

    LiveEvents events() {
        return events;
    }

    Presence presence() {
        return presence;
    }

    JourneyCollaboration collaboration() {
        return collaboration;
    }

    JourneyTransfer transfer() {
        return transfer;
    }

    JourneyPdfExport pdfExport() {
        return pdfExport;
    }

    MomentActions actions() {
        return actions;
    }

    MomentRemoval removal() {
        return removal;
    }
}
